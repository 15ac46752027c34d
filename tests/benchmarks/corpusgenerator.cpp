// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "entities/gazetteerfile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentMap>

#include <array>
#include <cmath>

namespace Veille {

namespace {
QStringList words(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList phrases(const char16_t *text)
{
    return QString::fromUtf16(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Our own lists, written for this generator. Nouns carry their article so
// that "de" can contract ("du marché", "des accords").
const QStringList &nouns()
{
    static const QStringList list = phrases(
        u"le marché|la croissance|l\u2019entreprise|le gouvernement|le ministère|la coopération|le secteur|"
        u"la production|l\u2019usine|le projet|l\u2019accord|la délégation|le partenariat|l\u2019investissement|"
        u"la chaîne d\u2019approvisionnement|le semi-conducteur|la puce|l\u2019intelligence artificielle|"
        u"le centre de données|la formation|l\u2019ingénieur|la main-d\u2019\u0153uvre|le port|la province|"
        u"la ville|le pays|la région|l\u2019économie|l\u2019exportation|l\u2019importation|le commerce|"
        u"le réseau|la 5G|le câble sous-marin|la recherche|l\u2019université|le laboratoire|l\u2019étudiant|"
        u"la start-up|le fonds|la banque|le capital|le budget|la réforme|la loi|le décret|la stratégie|"
        u"le plan|la feuille de route|le forum|le sommet|la conférence|la visite|la réunion|le dialogue|"
        u"la sécurité|la défense|l\u2019énergie|le solaire|l\u2019éolien|le charbon|le gaz|le pétrole|"
        u"le climat|l\u2019environnement|l\u2019agriculture|le riz|le café|le textile|l\u2019électronique|"
        u"le téléphone|l\u2019ordinateur|le logiciel|le nuage|la cybersécurité|la donnée|la plateforme|"
        u"le paiement|la fintech|l\u2019automobile|la batterie|le véhicule électrique|le tourisme|"
        u"l\u2019aéroport|la logistique|l\u2019entrepôt|le transport|la route|le chemin de fer|le métro|"
        u"la santé|l\u2019hôpital|le vaccin|l\u2019éducation|l\u2019école|la culture|le patrimoine|"
        u"les investissements|les exportations|les entreprises|les travailleurs|les emplois|les experts|"
        u"les autorités|les dirigeants|les partenaires|les échanges|les infrastructures|les talents|"
        u"les tarifs douaniers|les marchés|les consommateurs|les prix|les salaires|les réserves");
    return list;
}

const QStringList &verbs()
{
    static const QStringList list = phrases(
        u"a annoncé|a signé|a présenté|a inauguré|a lancé|a renforcé|a salué|a souligné|a rappelé|"
        u"a appelé à soutenir|a proposé|a approuvé|a examiné|a évoqué|a reçu|a rencontré|a visité|"
        u"prévoit|soutient|développe|accélère|encourage|favorise|améliore|attire|finance|construit|"
        u"étend|modernise|consolide|promeut|accueille|dépasse|atteint|représente|vise|prépare|"
        u"entend renforcer|compte développer|souhaite élargir|va accroître|devrait soutenir|"
        u"pourrait transformer|continue de soutenir|cherche à attirer");
    return list;
}

const QStringList &adjectives()
{
    static const QStringList list = words(
        u"stratégique national international régional numérique industriel économique technologique "
        u"durable important majeur nouveau clé prioritaire local mondial bilatéral commercial financier "
        u"public privé moderne avancé innovant compétitif global concret solide rapide significatif "
        u"vietnamien américain européen asiatique français coréen japonais chinois australien");
    return list;
}

const QStringList &prepositions()
{
    static const QStringList list = phrases(
        u"dans|pour|avec|sur|grâce à|selon|après|avant|depuis|pendant|entre|vers|chez|sans|malgré|"
        u"au sein de|en faveur de|dans le cadre de|à l\u2019occasion de|en matière de|au profit de");
    return list;
}

const QStringList &openers()
{
    static const QStringList list = phrases(
        u"Par ailleurs,|En outre,|De son côté,|Dans ce contexte,|Selon les experts,|Toutefois,|"
        u"Cependant,|Ainsi,|En effet,|D\u2019après le communiqué,|Lors de la réunion,|À cette occasion,|"
        u"Au cours des dernières années,|Pour la première fois,|À moyen terme,|Concrètement,");
    return list;
}

const QStringList &units()
{
    static const QStringList list = phrases(
        u"millions de dollars|milliards de dollars|milliards de dongs|millions d\u2019euros|%|tonnes|"
        u"emplois|entreprises|projets|ingénieurs|mégawatts|kilomètres|hectares|visiteurs");
    return list;
}

const QStringList &months()
{
    static const QStringList list = words(
        u"janvier février mars avril mai juin juillet août septembre octobre novembre décembre");
    return list;
}

const QStringList &agencies()
{
    static const QStringList list = words(u"VNA/CVN VNA/CVN VNA/CVN AFP Reuters/CVN AFP/CVN VNA Xinhua/CVN AP/CVN");
    return list;
}

// Syllables of invented words: each corpus has some that appear in only a
// few dozen articles in a million, the rare words a search must find fast.
const QStringList &syllables()
{
    static const QStringList list = words(
        u"ba bo ca cha da de di dor fa fi ga gan ka kor la lan li lo ma mi mo na ne ni pa pe pi po ra ri ro "
        u"sa se si ta te ti to tra va vi vo za zen quo thi ber ster ton mon cour");
    return list;
}

template<typename List>
const auto &pick(QRandomGenerator &random, const List &list)
{
    return list.at(random.bounded(int(list.size())));
}

// A few entries are common and most are rare, as in real text: the index
// is log-uniform, so the first names and words come up most often.
template<typename List>
const auto &pickSkewed(QRandomGenerator &random, const List &list)
{
    const int index = int(std::pow(double(list.size()), random.generateDouble())) - 1;
    return list.at(qBound(0, index, int(list.size()) - 1));
}

// "de" before a noun with its article: "du marché", "de la croissance".
QString ofNoun(const QString &noun)
{
    if (noun.startsWith(QLatin1String("le ")))
        return QStringLiteral("du ") + noun.mid(3);
    if (noun.startsWith(QLatin1String("les ")))
        return QStringLiteral("des ") + noun.mid(4);
    return QStringLiteral("de ") + noun;
}

// A preposition before a noun with its article: "à" and "de" contract
// ("au marché", "dans le cadre des accords").
QString prepositional(const QString &preposition, const QString &noun)
{
    if (preposition == QLatin1String("de") || preposition.endsWith(QLatin1String(" de")))
        return preposition.chopped(2) + ofNoun(noun);
    if (preposition == QStringLiteral("à") || preposition.endsWith(QStringLiteral(" à"))) {
        const QString stem = preposition.chopped(1);
        if (noun.startsWith(QLatin1String("le ")))
            return stem + QStringLiteral("au ") + noun.mid(3);
        if (noun.startsWith(QLatin1String("les ")))
            return stem + QStringLiteral("aux ") + noun.mid(4);
    }
    return preposition + QLatin1Char(' ') + noun;
}

QString capitalised(const QString &text)
{
    return text.left(1).toUpper() + text.mid(1);
}

class Writer
{
public:
    Writer(QRandomGenerator &random, const QStringList &names)
        : m_random(random)
        , m_names(names)
    {
    }

    QString name() { return m_names.isEmpty() ? QStringLiteral("Intel") : pickSkewed(m_random, m_names); }

    QString nounGroup()
    {
        QString group = pickSkewed(m_random, nouns());
        if (m_random.bounded(3) == 0)
            group += QLatin1Char(' ') + pickSkewed(m_random, adjectives());
        return group;
    }

    QString complement()
    {
        switch (m_random.bounded(8)) {
        case 0:
            return QString::number(m_random.bounded(2, 950)) + QChar(0x00A0) + pick(m_random, units());
        case 1:
            return QStringLiteral("le ") + QString::number(m_random.bounded(1, 29)) + QLatin1Char(' ')
                + pick(m_random, months());
        case 2:
        case 3:
            return pick(m_random, prepositions()) + QLatin1Char(' ') + name();
        case 4:
            return ofNoun(nounGroup()) + QLatin1Char(' ') + ofNoun(pickSkewed(m_random, nouns()));
        default:
            return prepositional(pick(m_random, prepositions()), nounGroup());
        }
    }

    QString rareWord()
    {
        QString word;
        for (int s = 0, count = 3 + m_random.bounded(2); s < count; ++s)
            word += pick(m_random, syllables());
        return word;
    }

    QString sentence()
    {
        QString text;
        if (m_random.bounded(4) == 0)
            text += pick(m_random, openers()) + QLatin1Char(' ');
        text += m_random.bounded(3) == 0 ? name() : nounGroup();
        text += QLatin1Char(' ') + pickSkewed(m_random, verbs()) + QLatin1Char(' ') + nounGroup();
        for (int c = 0, count = 1 + m_random.bounded(3); c < count; ++c)
            text += QLatin1Char(' ') + complement();
        if (m_random.bounded(12) == 0)
            text += QStringLiteral(", une première pour ") + rareWord();
        if (m_random.bounded(10) == 0)
            text += QStringLiteral(", a déclaré ") + name();
        return capitalised(text) + (text.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    }

    QString title()
    {
        QString text = m_random.bounded(2) == 0 ? name() : nounGroup();
        text += QLatin1Char(' ') + pickSkewed(m_random, verbs()) + QLatin1Char(' ') + nounGroup();
        if (m_random.bounded(2) == 0)
            text += QLatin1Char(' ') + complement();
        return capitalised(text);
    }

    QString date()
    {
        const int year = 2016 + m_random.bounded(10);
        const int month = 1 + m_random.bounded(12);
        const int precision = m_random.bounded(100);
        if (precision < 5)
            return QString::number(year);
        if (precision < 15)
            return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1-%2-%3")
            .arg(year)
            .arg(month, 2, 10, QLatin1Char('0'))
            .arg(1 + m_random.bounded(28), 2, 10, QLatin1Char('0'));
    }

private:
    QRandomGenerator &m_random;
    const QStringList &m_names;
};
} // namespace

QByteArray CorpusGenerator::GeneratedArticle::toWireFormat() const
{
    QString text = QLatin1Char(' ') + QStringLiteral("date ") + date + QLatin1Char(' ') + title + QStringLiteral("\n\n");
    for (int i = 0; i < paragraphs.size(); ++i) {
        text += paragraphs.at(i) + QStringLiteral("\n\n");
        if (i == 0 && !photoCredit.isEmpty())
            text += QStringLiteral("Photo : ") + photoCredit + QStringLiteral("\n\n");
    }
    text += source + QLatin1Char('\n');
    return text.toUtf8();
}

CorpusGenerator::CorpusGenerator(const QStringList &names, quint32 seed)
    : m_names(names)
    , m_seed(seed)
{
}

QStringList CorpusGenerator::gazetteerNames()
{
    QFile file(QStringLiteral(":/gazetteer/default-gazetteer.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    for (const Entity &entity : GazetteerFile::readTsv(file).entities) {
        names.append(entity.name);
        for (const Alias &alias : entity.aliases)
            names.append(alias.text);
    }
    names.removeDuplicates();
    return names;
}

CorpusGenerator::GeneratedArticle CorpusGenerator::article(qint64 index) const
{
    const std::array<quint32, 3> seed = {m_seed, quint32(index), quint32(quint64(index) >> 32)};
    QRandomGenerator random(seed.data(), qsizetype(seed.size()));
    Writer writer(random, m_names);

    GeneratedArticle article;
    article.date = writer.date();
    article.title = writer.title();
    article.source = pick(random, agencies());
    if (random.bounded(3) == 0)
        article.photoCredit = random.bounded(2) == 0 ? article.source : writer.name() + QLatin1Char('/') + article.source;
    int bytes = article.title.size() + 40;
    while (bytes < TargetBytes) {
        QString paragraph;
        for (int s = 0, count = 2 + random.bounded(4); s < count && bytes < TargetBytes; ++s) {
            const QString sentence = writer.sentence();
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral(" ")) + sentence;
            bytes += int(sentence.size()) + 2; // accents make UTF-8 a little longer than UTF-16 units
        }
        article.paragraphs.append(paragraph);
    }
    return article;
}

QString CorpusGenerator::relativePath(qint64 index)
{
    return QStringLiteral("%1/%2.txt").arg(index / 1000, 4, 10, QLatin1Char('0')).arg(index, 7, 10, QLatin1Char('0'));
}

QString CorpusGenerator::writeFiles(const QString &folder, qint64 first, qint64 count) const
{
    // One task per folder of 1,000 files, spread over the pool.
    QVector<qint64> folders;
    for (qint64 f = first / 1000; f * 1000 < first + count; ++f) {
        if (!QDir().mkpath(folder + QLatin1Char('/') + relativePath(f * 1000).section(QLatin1Char('/'), 0, 0)))
            return QStringLiteral("cannot create folders under %1").arg(folder);
        folders.append(f);
    }
    QAtomicInt failures;
    QtConcurrent::blockingMap(folders, [&](qint64 f) {
        for (qint64 i = std::max(first, f * 1000); i < std::min(first + count, (f + 1) * 1000); ++i) {
            QFile file(folder + QLatin1Char('/') + relativePath(i));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(article(i).toWireFormat()) < 0)
                failures.fetchAndAddRelaxed(1);
        }
    });
    return failures.loadRelaxed() == 0 ? QString()
                                       : QStringLiteral("%1 files could not be written under %2")
                                             .arg(failures.loadRelaxed())
                                             .arg(folder);
}

} // namespace Veille
