// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/database.h"
#include "entities/entitiesdialog.h"
#include "entities/entitypanel.h"
#include "entities/entitystore.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "ner/lazytagger.h"
#include "reading/readingpane.h"
#include "windowparts.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace Veille;
using namespace WindowParts;

// The tagger's names in the real window: painted apart from the
// gazetteer's, and curated in the Entities manager, in bulk.
class TestDetectedNamesUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

    void writeArticle(const QString &name, const QString &title, const QString &body)
    {
        QFile file(m_dir->filePath(QStringLiteral("corpus/") + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((QStringLiteral(" date 2025-03-04 ") + title + QStringLiteral("\n\n") + body
                    + QStringLiteral("\n\nVNA/CVN\n"))
                       .toUtf8());
    }

    // The format of the character at body offset \a offset.
    QTextCharFormat formatAt(int offset) const
    {
        ReadingPane *pane = readingPane(*m_window);
        pane->selectBodyRange({offset, offset + 1});
        const QTextBlock block = pane->textCursor().block();
        const int position = pane->textCursor().selectionStart() - block.position();
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start <= position && position < range.start + range.length)
                return range.format;
        }
        return {};
    }

    const EntitySpan *spanWritten(const QString &written) const
    {
        for (const EntitySpan &span : readingPane(*m_window)->entitySpans()) {
            if (span.written == written)
                return &span;
        }
        return nullptr;
    }

    void openArticle(const QString &title)
    {
        QAbstractItemModel *model = articleModel(*m_window);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == title)
                articleList(*m_window)->setCurrentIndex(model->index(row, 0));
        }
    }

    QTreeWidgetItem *panelRow(const QString &name) const
    {
        for (QTreeWidgetItemIterator it(entityPanel(*m_window)->entitiesView()); *it; ++it) {
            if ((*it)->text(0) == name)
                return *it;
        }
        return nullptr;
    }

    static QStringList shownNames(const QTreeWidget *view)
    {
        QStringList names;
        for (int i = 0; i < view->topLevelItemCount(); ++i)
            names.append(view->topLevelItem(i)->text(0));
        return names;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("corpus")));
        const QString visit = QStringLiteral(
            "Le président russe Vladimir Poutine a reçu mardi à Moscou une délégation venue de Hanoï, a annoncé le "
            "Kremlin. Selon M. Poutine, les échanges entre les deux pays doivent encore progresser dans l’énergie.");
        writeArticle(QStringLiteral("a.txt"), QStringLiteral("Visite"), visit);
        writeArticle(QStringLiteral("b.txt"), QStringLiteral("Énergie"),
                     QStringLiteral("Vladimir Poutine a inauguré une centrale électrique près de la frontière. Le "
                                    "projet, annoncé en 2023, doit fournir de l’électricité aux usines de la région."));
        writeArticle(QStringLiteral("c.txt"), QStringLiteral("Délégation"),
                     QStringLiteral("La délégation, conduite par Nguyen Van Thanh, a également rencontré des "
                                    "responsables du groupe Rosatom pour parler de la coopération dans le nucléaire."));
        // English: no tagger runs on it, only the rules.
        writeArticle(QStringLiteral("d.txt"), QStringLiteral("Departure"),
                     QStringLiteral("Mr Delorme has left Lumitek Inc. for a start-up in Hanoi. The partnership with "
                                    "Qualcom is still to be signed, the company said on Tuesday."));
        const QString path = m_dir->filePath(QStringLiteral("veille.sqlite"));
        LazyTagger tagger;
        Importer importer(path);
        importer.setNameDetection({tagger.get()});
        QVERIFY(tagger.get());
        const ImportReport report = importer.run({m_dir->filePath(QStringLiteral("corpus"))});
        QCOMPARE(report.imported.size(), 4);
        m_database = std::make_unique<Database>(path, QStringLiteral("tst-detected-ui"));
        QVERIFY(m_database->open());
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listShown(*m_window));
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
    }

    void detectedNameIsDottedAndLighter()
    {
        QAbstractItemModel *model = articleModel(*m_window);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == QLatin1String("Visite"))
                articleList(*m_window)->setCurrentIndex(model->index(row, 0));
        }
        const EntitySpan *poutine = spanWritten(QStringLiteral("Vladimir Poutine"));
        const EntitySpan *hanoi = spanWritten(QStringLiteral("Hanoï"));
        QVERIFY(poutine && hanoi);
        QVERIFY(poutine->detected);
        QVERIFY(!hanoi->detected);
        QVERIFY(poutine->confidence > 0.5f && poutine->confidence <= 1.0f);
        const QTextCharFormat guess = formatAt(poutine->start);
        const QTextCharFormat sure = formatAt(hanoi->start);
        QCOMPARE(guess.underlineStyle(), QTextCharFormat::DotLine);
        QCOMPARE(sure.underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(guess.background().color().alphaF() < sure.background().color().alphaF());
        // In the Entities panel, the guess is in italics, the gazetteer's name not.
        QTreeWidget *tree = entityPanel(*m_window)->entitiesView();
        QHash<QString, bool> italic;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            italic.insert((*it)->text(0), (*it)->font(0).italic());
        QVERIFY(italic.contains(QStringLiteral("Vladimir Poutine")) && italic.contains(QStringLiteral("Hanoï")));
        QVERIFY(italic.value(QStringLiteral("Vladimir Poutine")));
        QVERIFY(!italic.value(QStringLiteral("Hanoï")));
    }

    // A rule's names are painted, listed and curated as the tagger's; its
    // typo variant stays a suggestion, to be added as an alias.
    void ruleNamesAreCuratedInThePanelAndTheMenu()
    {
        openArticle(QStringLiteral("Departure"));
        const EntitySpan *delorme = spanWritten(QStringLiteral("Delorme"));
        QVERIFY(delorme);
        QVERIFY(delorme->detected && delorme->byRule && !delorme->confirmed);
        QCOMPARE(delorme->type, QStringLiteral("Person"));
        QCOMPARE(formatAt(delorme->start).underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY(!spanWritten(QStringLiteral("Mr Delorme")));
        EntityPanel *panel = entityPanel(*m_window);
        QCOMPARE(shownNames(panel->suggestionsView()), QStringList { QStringLiteral("Qualcom") });

        // ✓ beside it in the panel: it joins the gazetteer, as a Person.
        QTreeWidgetItem *row = panelRow(QStringLiteral("Delorme"));
        QVERIFY(row && row->font(0).italic());
        QWidget *buttons = panel->entitiesView()->itemWidget(row, 2);
        QVERIFY(buttons);
        const QList<QToolButton *> decide = buttons->findChildren<QToolButton *>();
        QCOMPARE(decide.size(), 2);
        QSignalSpy reindexed(m_window.get(), &MainWindow::reindexed);
        decide.first()->click();
        QVERIFY(reindexed.wait(20000));
        EntityStore store(m_database->connection());
        const QVector<Entity> people = store.entities(QStringLiteral("Person"));
        QVERIFY(std::any_of(people.begin(), people.end(),
                            [](const Entity &e) { return e.name == QLatin1String("Delorme"); }));
        QTRY_VERIFY(spanWritten(QStringLiteral("Delorme")) && spanWritten(QStringLiteral("Delorme"))->confirmed);
        QVERIFY(!spanWritten(QStringLiteral("Delorme"))->detected);
        // Undo, as for every curation: a detected name again; redo.
        undoStack(*m_window)->undo();
        QVERIFY(reindexed.wait(20000));
        QTRY_VERIFY(spanWritten(QStringLiteral("Delorme")) && spanWritten(QStringLiteral("Delorme"))->detected);
        QVERIFY(!spanWritten(QStringLiteral("Delorme"))->confirmed);
        undoStack(*m_window)->redo();
        QVERIFY(reindexed.wait(20000));
        QTRY_VERIFY(spanWritten(QStringLiteral("Delorme")) && spanWritten(QStringLiteral("Delorme"))->confirmed);

        // Reject from the context menu: its name is suppressed.
        const EntitySpan lumitek = *spanWritten(QStringLiteral("Lumitek Inc."));
        QVERIFY(lumitek.byRule && !lumitek.confirmed);
        QMenu menu;
        Q_EMIT readingPane(*m_window)->contextMenuAboutToShow(&menu, lumitek, &lumitek);
        QAction *reject = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->text().startsWith(QLatin1String("Reject")))
                reject = action;
        }
        QVERIFY(reject);
        reject->trigger();
        QVERIFY(reindexed.wait(20000));
        QTRY_VERIFY(!spanWritten(QStringLiteral("Lumitek Inc.")));
        QVERIFY(store.suppressions().contains(QStringLiteral("lumitek inc.")));
        undoStack(*m_window)->undo();
        QVERIFY(reindexed.wait(20000));
        QTRY_VERIFY(spanWritten(QStringLiteral("Lumitek Inc.")) && spanWritten(QStringLiteral("Lumitek Inc."))->byRule);
        QVERIFY(!store.suppressions().contains(QStringLiteral("lumitek inc.")));
    }

    void managerAcceptsDetectedNamesInBulk()
    {
        EntityStore store(m_database->connection());
        QUndoStack undo;
        QStringList reindexed;
        EntitiesDialog dialog(store, undo, [&reindexed](const QStringList &texts) { reindexed += texts; });
        auto *status = dialog.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        auto *minArticles = dialog.findChild<QSpinBox *>(QStringLiteral("minArticlesSpin"));
        auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("entitiesView"));
        auto *acceptShown = dialog.findChild<QPushButton *>(QStringLiteral("acceptShownButton"));
        QVERIFY(status && minArticles && view && acceptShown);
        QVERIFY(!shownNames(view).contains(QStringLiteral("Vladimir Poutine")));
        QVERIFY(!acceptShown->isEnabled());

        status->setCurrentIndex(status->findData(int(EntityStatus::Detected)));
        QVERIFY(shownNames(view).contains(QStringLiteral("Vladimir Poutine")));
        QVERIFY(shownNames(view).contains(QStringLiteral("Nguyen Van Thanh")));
        // Named in at least two articles: Poutine, not Thanh.
        minArticles->setValue(2);
        const QStringList shown = shownNames(view);
        QVERIFY(shown.contains(QStringLiteral("Vladimir Poutine")));
        QVERIFY(!shown.contains(QStringLiteral("Nguyen Van Thanh")));

        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        QVERIFY(acceptShown->isEnabled());
        acceptShown->click();
        QCOMPARE(reindexed, shown);
        QVERIFY(shownNames(view).isEmpty());
        const QVector<Entity> gazetteer = store.entities(QStringLiteral("Person"));
        const auto poutine = std::find_if(gazetteer.begin(), gazetteer.end(),
                                          [](const Entity &e) { return e.name == QLatin1String("Vladimir Poutine"); });
        QVERIFY(poutine != gazetteer.end());
        const qint64 poutineId = poutine->id;
        QCOMPARE(undo.count(), 1);

        // The bulk accept is one step: undone (Ctrl+Z in the manager), every
        // name is a detected one again, under its own id, and the gazetteer
        // no longer has it.
        reindexed.clear();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keySequence(&dialog, QKeySequence::Undo);
        QCOMPARE(reindexed, shown);
        QCOMPARE(shownNames(view), shown);
        QCOMPARE(store.detectedId(QStringLiteral("Vladimir Poutine")), poutineId);
        QVERIFY(store.find(QStringLiteral("Vladimir Poutine")).isEmpty());
        undo.redo();
        QVERIFY(shownNames(view).isEmpty());
        QCOMPARE(store.entity(poutineId)->status, EntityStatus::Confirmed);

        // Rejecting the selection suppresses the names, undoably.
        minArticles->setValue(0);
        QVERIFY(shownNames(view).contains(QStringLiteral("Nguyen Van Thanh")));
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            if (view->topLevelItem(i)->text(0) == QLatin1String("Nguyen Van Thanh"))
                view->setCurrentItem(view->topLevelItem(i));
        }
        auto *reject = dialog.findChild<QPushButton *>(QStringLiteral("rejectButton"));
        QVERIFY(reject && reject->isEnabled());
        reject->click();
        QVERIFY(!shownNames(view).contains(QStringLiteral("Nguyen Van Thanh")));
        QVERIFY(store.suppressions().contains(QStringLiteral("nguyen van thanh")));
        undo.undo();
        QVERIFY(!store.suppressions().contains(QStringLiteral("nguyen van thanh")));
        QCOMPARE(store.entity(poutineId)->status, EntityStatus::Confirmed);
    }
};

QTEST_MAIN(TestDetectedNamesUi)
#include "tst_detectednamesui.moc"
