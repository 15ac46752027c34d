// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articles/datehistogram.h"

#include "articles/articlestore.h"
#include "text/partialdate.h"

#include <algorithm>

namespace Veille {

namespace {
using Scale = DateHistogram::Scale;

// A list whose dates span more days than these is shown at a coarser scale.
constexpr qint64 YearSpanDays = 12 * 366;
constexpr qint64 MonthSpanDays = 548; // about 18 months
constexpr qint64 WeekSpanDays = 70; // 10 weeks

// How precise a date must be to lie wholly inside one bucket of \a scale.
PartialDate::Precision needed(Scale scale)
{
    switch (scale) {
    case Scale::Year:
        return PartialDate::Precision::Year;
    case Scale::Month:
        return PartialDate::Precision::Month;
    case Scale::Week:
    case Scale::Day:
        break;
    }
    return PartialDate::Precision::Day;
}

bool isPreciseFor(const PartialDate &date, Scale scale)
{
    return !date.isNull() && int(date.precision()) >= int(needed(scale));
}

// The first and the last day a partial date may mean: "2025" runs from
// 2025-01-01 to 2025-12-31.
QDate firstDay(const PartialDate &date)
{
    return QDate(date.year(), std::max(1, date.month()), std::max(1, date.day()));
}

QDate lastDay(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QDate(date.year(), 12, 31);
    case PartialDate::Precision::Month:
        return QDate(date.year(), date.month(), 1).addMonths(1).addDays(-1);
    case PartialDate::Precision::None:
    case PartialDate::Precision::Day:
        break;
    }
    return firstDay(date);
}

Scale scaleOfSpan(qint64 days)
{
    if (days > YearSpanDays)
        return Scale::Year;
    if (days > MonthSpanDays)
        return Scale::Month;
    return days > WeekSpanDays ? Scale::Week : Scale::Day;
}

// Weeks and days both need the day: the next scale that can use a
// month-only date is the month.
Scale coarser(Scale scale)
{
    return scale == Scale::Month || scale == Scale::Year ? Scale::Year : Scale::Month;
}

QDate bucketStart(const QDate &day, Scale scale)
{
    switch (scale) {
    case Scale::Year:
        return QDate(day.year(), 1, 1);
    case Scale::Month:
        return QDate(day.year(), day.month(), 1);
    case Scale::Week:
        return day.addDays(1 - day.dayOfWeek()); // ISO weeks start on Monday
    case Scale::Day:
        break;
    }
    return day;
}

QDate nextStart(const QDate &start, Scale scale)
{
    switch (scale) {
    case Scale::Year:
        return start.addYears(1);
    case Scale::Month:
        return start.addMonths(1);
    case Scale::Week:
        return start.addDays(7);
    case Scale::Day:
        break;
    }
    return start.addDays(1);
}

// The scale the dates of \a counts call for: by the days they span, made
// coarser while fewer than two thirds of the dated articles are precise
// enough for it, so that most of the list stays in the bars.
Scale scaleOf(const QVector<DateHistogram::DateCount> &counts)
{
    QDate first;
    QDate last;
    int dated = 0;
    for (const DateHistogram::DateCount &count : counts) {
        const PartialDate date = PartialDate::fromSortKey(count.dateKey);
        if (date.isNull())
            continue;
        dated += count.count;
        first = first.isValid() ? std::min(first, firstDay(date)) : firstDay(date);
        last = last.isValid() ? std::max(last, lastDay(date)) : lastDay(date);
    }
    Scale scale = first.isValid() ? scaleOfSpan(first.daysTo(last) + 1) : Scale::Month;
    const auto preciseCount = [&counts](Scale candidate) {
        int precise = 0;
        for (const DateHistogram::DateCount &count : counts)
            precise += isPreciseFor(PartialDate::fromSortKey(count.dateKey), candidate) ? count.count : 0;
        return precise;
    };
    while (scale != Scale::Year && preciseCount(scale) * 3 < dated * 2)
        scale = coarser(scale);
    return scale;
}

QString boundText(const QDate &day, Scale scale)
{
    switch (scale) {
    case Scale::Year:
        return PartialDate(day.year()).toIsoString();
    case Scale::Month:
        return PartialDate(day.year(), day.month()).toIsoString();
    case Scale::Week:
    case Scale::Day:
        break;
    }
    return PartialDate(day.year(), day.month(), day.day()).toIsoString();
}
} // namespace

DateHistogram DateHistogram::fromCounts(const QVector<DateCount> &counts)
{
    DateHistogram histogram;
    histogram.m_scale = scaleOf(counts);
    // Every bucket from the first precise date to the last, empty ones too:
    // a gap in the news is a finding.
    QDate low;
    QDate high;
    for (const DateCount &count : counts) {
        const QDate start = histogram.startOf(count.dateKey);
        if (!start.isValid())
            continue;
        low = low.isValid() ? std::min(low, start) : start;
        high = high.isValid() ? std::max(high, start) : start;
    }
    for (QDate start = low; start.isValid() && start <= high; start = nextStart(start, histogram.m_scale))
        histogram.m_buckets.append({ start, nextStart(start, histogram.m_scale).addDays(-1) });
    for (const DateCount &count : counts) {
        const int bucket = histogram.bucketOf(count.dateKey);
        if (bucket >= 0)
            histogram.m_buckets[bucket].count += count.count;
        else if (PartialDate::fromSortKey(count.dateKey).isNull())
            histogram.m_undated += count.count;
        else
            histogram.m_imprecise += count.count;
    }
    return histogram;
}

DateHistogram DateHistogram::read(const ArticleStore &store, const ArticleQuery &query, qint64 overlayEntity,
                                  QString *error)
{
    // A sample's counts stand for sampleEvery articles each.
    const int every = std::max(query.sampleEvery, 1);
    const auto scaled = [every](QVector<DateCount> counts) {
        for (DateCount &count : counts)
            count.count *= every;
        return counts;
    };
    DateHistogram histogram = fromCounts(scaled(store.countsByDate(query)));
    histogram.m_sampledEvery = every;
    if (overlayEntity && store.lastError().isEmpty())
        histogram.setOverlay(scaled(store.countsByDate(query, overlayEntity)));
    if (error)
        *error = store.lastError();
    return histogram;
}

int DateHistogram::sampleRate(const ArticleStore &store, const ArticleQuery &query)
{
    // About 5,000 ids, of which a common word matches 1,250 or more: the
    // bars' shape at a glance, in 80-100 ms at a million articles, most of
    // it FTS5's walk of the word's rows to pick the sampled ones (8,000
    // ids: 85-135 ms).
    constexpr qint64 SampleFrom = 100000;
    constexpr qint64 SampledIds = 5000;
    constexpr int CommonShare = 4;
    if (query.sampleEvery > 1)
        return 1;
    const qint64 articles = store.lastArticleId();
    if (articles < SampleFrom)
        return 1;
    // Every story, when copies are many, tests each article against them:
    // 150-260 ms at a million, where the sample's walk of the dates index
    // tests one article in N.
    ArticleQuery everyStory;
    everyStory.storyHead = ArticleQuery::StoryHead::Original;
    const bool sampled = query.match.isEmpty() ? query.sameRows(everyStory) && !store.hasFewCopies()
                                               : store.isCommonMatch(query.match, CommonShare);
    if (!sampled)
        return 1;
    // Prime to ten: ids that repeat a pattern every 1,000 files (a folder)
    // or 100,000 (a corpus copied) are not picked at the same place of it.
    int every = int(articles / SampledIds) | 1;
    if (every % 5 == 0)
        every += 2;
    return every;
}

void DateHistogram::setOverlay(const QVector<DateCount> &counts)
{
    for (Bucket &bucket : m_buckets)
        bucket.overlay = 0;
    for (const DateCount &count : counts) {
        const int bucket = bucketOf(count.dateKey);
        if (bucket >= 0)
            m_buckets[bucket].overlay += count.count;
    }
}

int DateHistogram::counted() const
{
    int total = 0;
    for (const Bucket &bucket : m_buckets)
        total += bucket.count;
    return total;
}

QDate DateHistogram::startOf(int dateKey) const
{
    const PartialDate date = PartialDate::fromSortKey(dateKey);
    return isPreciseFor(date, m_scale) ? bucketStart(firstDay(date), m_scale) : QDate();
}

int DateHistogram::bucketOf(int dateKey) const
{
    const QDate start = startOf(dateKey);
    if (!start.isValid() || m_buckets.isEmpty())
        return -1;
    const QDate origin = m_buckets.first().first;
    qint64 index = 0;
    switch (m_scale) {
    case Scale::Year:
        index = start.year() - origin.year();
        break;
    case Scale::Month:
        index = (start.year() - origin.year()) * 12 + start.month() - origin.month();
        break;
    case Scale::Week:
        index = origin.daysTo(start) / 7;
        break;
    case Scale::Day:
        index = origin.daysTo(start);
        break;
    }
    return index >= 0 && index < m_buckets.size() ? int(index) : -1;
}

QPair<QString, QString> DateHistogram::filterRange(int first, int last) const
{
    if (first > last)
        std::swap(first, last);
    if (first < 0 || last >= m_buckets.size())
        return {};
    return { boundText(m_buckets.at(first).first, m_scale), boundText(m_buckets.at(last).last, m_scale) };
}

} // namespace Veille
