// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlequery.h"

#include <QDate>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVector>

namespace Veille {

class ArticleStore;

/*! \brief How many articles of a list fall in each year, month, week or day,
 * for the timeline.
 *
 * The scale follows the dates of the list: months beyond about 18 months,
 * weeks beyond 10 weeks, days below; years beyond 12 years. A coarser
 * scale is taken while a third of the dates or more are too vague for it. Dates are often partial ("2025-05"):
 * a date is counted in a bucket only when it lies wholly inside it, so a
 * bar counts exactly the articles its date range lists (the date filter
 * keeps an article only when its whole date is in the range; over several
 * bars, a vaguer date wholly inside them is listed too). A date less
 * precise than the scale (a month-only date on a week or day scale, a
 * year-only one on a month scale) is counted in imprecise(), not put on
 * the first day: that would invent a peak. Undated articles are counted in
 * undated().
 */
class DateHistogram
{
public:
    enum class Scale { Year, Month, Week, Day };

    /*! \brief How many articles have one date_key (YYYYMMDD, 00 for unknown parts, 0 undated). */
    struct DateCount {
        int dateKey = 0;
        int count = 0;
    };
    /*! \brief One bar: the days it covers, its articles, and those of the overlay. */
    struct Bucket {
        QDate first;
        QDate last;
        int count = 0;
        int overlay = 0; //!< the articles of the bucket that mention the overlay's entity
    };

    DateHistogram() = default;
    /*! \brief Buckets \a counts (ArticleStore::countsByDate()) at the scale
     * their dates call for; every bucket from the first date to the last,
     * empty ones too. */
    static DateHistogram fromCounts(const QVector<DateCount> &counts);
    /*! \brief The histogram of the articles \a query lists, read from \a
     * store; with \a overlayEntity, the overlay counts those that mention
     * it. \a error receives the store's error, empty when all went well. */
    static DateHistogram read(const ArticleStore &store, const ArticleQuery &query, qint64 overlayEntity = 0,
                              QString *error = nullptr);
    /*! \brief How many articles a quick estimate of \a query's histogram
     * reads one of (ArticleQuery::sampleEvery): 1, count them all, unless
     * the list is a search for a word in a quarter of the articles or more
     * of a large corpus, or every story of one with many copies. Its exact
     * counts take a second there (every story: 0.15-0.3 s), its estimate
     * a tenth (0.05 s); fewer matches are counted as quickly as sampled. */
    static int sampleRate(const ArticleStore &store, const ArticleQuery &query);

    /*! \brief 1 for exact counts; else they are estimates, each counted
     * article standing for this many (read() of a sampled query). */
    int sampledEvery() const { return m_sampledEvery; }

    /*! \brief Sets the overlay counts of each bucket from \a counts, the
     * same list restricted to one entity; dates off this scale are left out. */
    void setOverlay(const QVector<DateCount> &counts);

    Scale scale() const { return m_scale; }
    const QVector<Bucket> &buckets() const { return m_buckets; }
    int undated() const { return m_undated; }
    /*! \brief Dated articles whose date is less precise than the scale, in no bucket. */
    int imprecise() const { return m_imprecise; }
    /*! \brief Articles in the buckets. */
    int counted() const;
    /*! \brief The bucket that holds \a dateKey, or -1 (undated, or less precise than the scale). */
    int bucketOf(int dateKey) const;
    /*! \brief The date filter's bounds for buckets \a first to \a last, at the
     * scale's precision ("2025", "2025-05" or "2025-05-12"), as the filter
     * bar and date: read them. */
    QPair<QString, QString> filterRange(int first, int last) const;

private:
    QDate startOf(int dateKey) const;

    Scale m_scale = Scale::Month;
    QVector<Bucket> m_buckets;
    int m_undated = 0;
    int m_imprecise = 0;
    int m_sampledEvery = 1;
};

} // namespace Veille

Q_DECLARE_METATYPE(Veille::DateHistogram)
