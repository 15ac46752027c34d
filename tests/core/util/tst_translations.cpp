// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Veille;

// The catalogues built into the programs: English gives the plural forms
// of the sources' "(s)", and every language writes its own numbers.
class TestTranslations : public QObject
{
    Q_OBJECT

    static QString articles(int count)
    {
        return QCoreApplication::translate("Veille::MainWindow", "%Ln article(s)", nullptr, count);
    }

private Q_SLOTS:
    // First, while no catalogue is installed: in the C locale (LANG=C, as
    // on many servers) there is no catalogue of that name, and English's
    // plural forms apply.
    void readerWithoutCatalogueSeesEnglishPlurals()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale::c());
        QCOMPARE(articles(1), QStringLiteral("1 article(s)"));
        installTranslations(*QCoreApplication::instance());
        QLocale::setDefault(previous);
        QCOMPARE(articles(1), QStringLiteral("1 article"));
        QCOMPARE(articles(2), QStringLiteral("2 articles"));
    }

    void englishReaderSeesPluralsAndGroupedNumbers()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(*QCoreApplication::instance());
        QLocale::setDefault(previous);
        QCOMPARE(articles(1), QStringLiteral("1 article"));
        QCOMPARE(articles(2), QStringLiteral("2 articles"));
        QCOMPARE(QCoreApplication::translate("Veille::FindBar", "%n match(es)", nullptr, 1), QStringLiteral("1 match"));
        QCOMPARE(QCoreApplication::translate("Veille::FindBar", "%n match(es)", nullptr, 3),
                 QStringLiteral("3 matches"));
        // %Ln takes the default locale's digits and separators.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(articles(1000000), QStringLiteral("1,000,000 articles"));
        QLocale::setDefault(previous);
    }

    void frenchReaderSeesFrenchPluralsAndNumbers()
    {
        const QLocale french(QLocale::French, QLocale::France);
        QTranslator translator;
        QVERIFY(translator.load(french, QStringLiteral("veille"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        const QLocale previous;
        QLocale::setDefault(french);
        const QString million = articles(1000000);
        const QString one = articles(1);
        QLocale::setDefault(previous);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(one, QStringLiteral("1 article"));
        QCOMPARE(million, french.toString(1000000) + QStringLiteral(" articles"));
        QVERIFY2(million.startsWith(QLatin1Char('1')) && million.size() > QStringLiteral("1000000 articles").size(),
                 qPrintable(million));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
