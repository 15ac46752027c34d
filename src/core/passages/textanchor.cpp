// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passages/textanchor.h"

#include "text/approximatematcher.h"
#include "text/textfold.h"

#include <QStringView>
#include <QVector>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace Veille {

namespace {
// How much a matching prefix and suffix add to an approximate match's score:
// enough to choose between near-equal candidates, too little to prefer a
// worse quote.
constexpr double ContextWeight = 0.05;
// The occurrence at the old position keeps its place unless another one's
// context is clearly closer to the recorded prefix and suffix.
constexpr double PositionBonus = 0.1;
constexpr double Epsilon = 1e-9;
constexpr int MinSearchRadius = 2000;
constexpr int MaxFuzzyCandidates = 32;
// How far a boundary may move to reach the edge of a word.
constexpr int MaxBoundaryShift = 32;

double similarity(int distance, int a, int b)
{
    const int longest = std::max(a, b);
    return longest == 0 ? 1.0 : 1.0 - double(distance) / longest;
}

bool startsPair(const QString &text, int i)
{
    return i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate();
}

// Offsets that never split a surrogate pair: a start moves back, an end on.
int wholeStart(const QString &text, int i)
{
    return startsPair(text, i) ? i - 1 : i;
}

int wholeEnd(const QString &text, int i)
{
    return startsPair(text, i) ? i + 1 : i;
}

class Finder
{
public:
    Finder(const TextAnchor &anchor, const QString &body)
        : m_anchor(anchor)
        , m_body(body)
        , m_prefix(anchor.prefix)
        , m_suffix(anchor.suffix)
        , m_alignedStart(isWordChar(anchor.exact.front())
                         && (anchor.prefix.isEmpty() || !isWordChar(anchor.prefix.back())))
        , m_alignedEnd(isWordChar(anchor.exact.back())
                       && (anchor.suffix.isEmpty() || !isWordChar(anchor.suffix.front())))
    {
    }

    // 0..1: how well the text around [start, end) matches the recorded
    // prefix and suffix. An empty one means the passage touched the body's
    // edge, so only that edge matches it.
    double contextScore(int start, int end) const
    {
        double score = 0;
        if (m_anchor.prefix.isEmpty()) {
            score += start == 0 ? 1 : 0;
        } else {
            const int from = std::max(0, start - int(m_anchor.prefix.size()));
            const QStringView before = QStringView(m_body).mid(from, start - from);
            score += similarity(m_prefix.distance(before), m_prefix.length(), int(before.size()));
        }
        if (m_anchor.suffix.isEmpty()) {
            score += end == m_body.size() ? 1 : 0;
        } else {
            const QStringView after = QStringView(m_body).mid(end, m_anchor.suffix.size());
            score += similarity(m_suffix.distance(after), m_suffix.length(), int(after.size()));
        }
        return score / 2;
    }

    // Whether [start, end) cuts a word that the original passage did not.
    bool cutsWord(int start, int end) const
    {
        return (m_alignedStart && start > 0 && isWordChar(m_body.at(start - 1)))
            || (m_alignedEnd && end < m_body.size() && isWordChar(m_body.at(end)));
    }

    bool exactAtOldPosition() const
    {
        const int length = int(m_anchor.exact.size());
        return m_anchor.start >= 0 && m_anchor.start + length <= m_body.size()
            && QStringView(m_body).mid(m_anchor.start, length) == m_anchor.exact
            && !cutsWord(m_anchor.start, m_anchor.start + length);
    }

    TextAnchor::Result findQuote() const
    {
        const int length = int(m_anchor.exact.size());
        TextAnchor::Result best;
        double bestScore = -1;
        int bestDistance = 0;
        for (int i = m_body.indexOf(m_anchor.exact); i >= 0; i = m_body.indexOf(m_anchor.exact, i + 1)) {
            if (cutsWord(i, i + length))
                continue;
            const double score = contextScore(i, i + length) + (i == m_anchor.start ? PositionBonus : 0);
            const int distance = std::abs(i - m_anchor.start);
            if (score > bestScore + Epsilon || (score > bestScore - Epsilon && distance < bestDistance)) {
                bestScore = score;
                bestDistance = distance;
                best.range.start = i;
            }
        }
        if (best.range.start >= 0) {
            best.range.end = best.range.start + length;
            best.similarity = 1;
            best.exactQuote = true;
        }
        return best;
    }

    TextAnchor::Result findApproximate(double threshold) const
    {
        TextAnchor::Result result;
        const int length = int(m_anchor.exact.size());
        // 1 − d / max(m, n) ≥ t with n ≤ m + d gives d ≤ (1 − t) m / t.
        const int maxEdits = int(std::floor((1 - threshold) * length / threshold + Epsilon));
        if (maxEdits <= 0 || m_body.isEmpty())
            return result;

        const ApproximateMatcher forward(m_anchor.exact);
        const std::vector<Candidate> candidates = nearBest(candidateEnds(forward, maxEdits));
        if (candidates.empty())
            return result;
        const ApproximateMatcher backward(m_anchor.exact, true);
        double bestScore = -1;
        int bestDistance = 0;
        for (const Candidate &candidate : candidates) {
            const int start = startFor(backward, candidate.end, maxEdits);
            const Range range = refined(forward, start, candidate.end, threshold);
            const double score = range.similarity + ContextWeight * contextScore(range.start, range.end);
            const int distance = std::abs(range.start - m_anchor.start);
            if (score > bestScore + Epsilon || (score > bestScore - Epsilon && distance < bestDistance)) {
                bestScore = score;
                bestDistance = distance;
                result.range = range;
                result.similarity = range.similarity;
            }
        }
        if (result.similarity + Epsilon < threshold) {
            result.range = {-1, -1};
        }
        return result;
    }

private:
    // Where an approximate match of the quote ends, and how many edits away.
    struct Candidate {
        int end;
        int distance;
    };

    // The ends, near the old position, where the distance of the quote to
    // the text ending there dips to a local low within \a maxEdits; best first.
    std::vector<Candidate> candidateEnds(const ApproximateMatcher &forward, int maxEdits) const
    {
        const int length = forward.length();
        const int radius = std::max(MinSearchRadius, 4 * length);
        const int centre = std::clamp(m_anchor.start, 0, int(m_body.size()));
        const int from = std::max(0, centre - radius);
        const int to = int(std::min<qint64>(m_body.size(), qint64(centre) + length + radius));
        const std::vector<int> distances = forward.substringDistances(QStringView(m_body).mid(from, to - from));

        std::vector<Candidate> candidates;
        for (size_t j = 0; j < distances.size(); ++j) {
            const int d = distances[j];
            const bool falling = j == 0 || d < distances[j - 1];
            const bool lowest = j + 1 == distances.size() || d <= distances[j + 1];
            if (d <= maxEdits && falling && lowest)
                candidates.push_back({from + int(j) + 1, d});
        }
        const int oldEnd = m_anchor.start + length;
        std::sort(candidates.begin(), candidates.end(), [oldEnd](const Candidate &a, const Candidate &b) {
            if (a.distance != b.distance)
                return a.distance < b.distance;
            return std::abs(a.end - oldEnd) < std::abs(b.end - oldEnd);
        });
        return candidates;
    }

    // Near-best candidates only: the context bonus is worth a few edits on a
    // long passage, not more. Around one match the distance dips at many
    // nearby ends; keep the best of them, and matches that do not overlap it
    // much.
    std::vector<Candidate> nearBest(const std::vector<Candidate> &candidates) const
    {
        std::vector<Candidate> kept;
        if (candidates.empty())
            return kept;
        const int length = int(m_anchor.exact.size());
        const int slack = std::max(1, length / 50);
        const int cutoff = candidates.front().distance + slack;
        for (const Candidate &candidate : candidates) {
            if (candidate.distance > cutoff || kept.size() == size_t(MaxFuzzyCandidates))
                break;
            const bool near = std::any_of(kept.begin(), kept.end(), [&](const Candidate &other) {
                return std::abs(other.end - candidate.end) < std::max(1, length / 2);
            });
            if (!near)
                kept.push_back(candidate);
        }
        return kept;
    }

    struct Range : TextRange {
        double similarity = -1;
    };

    // The start of the substring ending at \a end closest to the quote: the
    // reversed quote matched globally, backwards from \a end.
    int startFor(const ApproximateMatcher &backward, int end, int maxEdits) const
    {
        const int length = backward.length();
        const int limit = std::max(0, end - length - maxEdits);
        ApproximateMatcher::State state = backward.initialState();
        int bestStart = end;
        int bestDistance = length;
        for (int i = end - 1; i >= limit; --i) {
            const int d = backward.step(state, m_body.at(i), true);
            const int size = end - i;
            if (d < bestDistance
                || (d == bestDistance && std::abs(size - length) < std::abs(end - bestStart - length))) {
                bestDistance = d;
                bestStart = i;
            }
        }
        return bestStart;
    }

    // Tries the edges of the words around the raw boundaries: when the
    // original passage held whole words, a match that cuts one is shown
    // widened or shrunk to whole words, whichever matches best.
    Range refined(const ApproximateMatcher &forward, int start, int end, double threshold) const
    {
        std::vector<int> starts{start};
        std::vector<int> ends{end};
        if (m_alignedStart) {
            int left = start;
            while (left > 0 && start - left < MaxBoundaryShift && isWordChar(m_body.at(left - 1)))
                --left;
            starts.push_back(left);
            int right = start;
            while (right < end && right - start < MaxBoundaryShift && right > 0 && isWordChar(m_body.at(right - 1)))
                ++right;
            while (right < end && right - start < MaxBoundaryShift && !isWordChar(m_body.at(right)))
                ++right;
            starts.push_back(right);
        }
        if (m_alignedEnd) {
            int right = end;
            while (right < m_body.size() && right - end < MaxBoundaryShift && isWordChar(m_body.at(right)))
                ++right;
            ends.push_back(right);
            int left = end;
            while (left > start && end - left < MaxBoundaryShift && left < m_body.size() && isWordChar(m_body.at(left)))
                --left;
            while (left > start && end - left < MaxBoundaryShift && !isWordChar(m_body.at(left - 1)))
                --left;
            ends.push_back(left);
        }

        Range best{start, end, -1};
        bool bestWhole = false;
        for (const int rawStart : starts) {
            for (const int rawEnd : ends) {
                const int s = wholeStart(m_body, rawStart);
                const int e = wholeEnd(m_body, rawEnd);
                if (e <= s)
                    continue;
                const int size = e - s;
                const double sim =
                    similarity(forward.distance(QStringView(m_body).mid(s, size)), forward.length(), size);
                // Whole words above the threshold first, then the closest
                // text, then the raw boundaries (tried first).
                const bool whole = !cutsWord(s, e) && sim + Epsilon >= threshold;
                if (best.similarity < 0 || (whole && !bestWhole)
                    || (whole == bestWhole && sim > best.similarity + Epsilon)) {
                    best = {s, e, sim};
                    bestWhole = whole;
                }
            }
        }
        return best;
    }

    const TextAnchor &m_anchor;
    const QString &m_body;
    const ApproximateMatcher m_prefix;
    const ApproximateMatcher m_suffix;
    const bool m_alignedStart;
    const bool m_alignedEnd;
};
} // namespace

TextAnchor TextAnchor::fromRange(const QString &body, const TextRange &range, const QString &contentHash)
{
    const int size = int(body.size());
    const int start = wholeStart(body, std::clamp(range.start, 0, size));
    const int end = wholeEnd(body, std::clamp(range.end, start, size));

    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.contentHash = contentHash;
    anchor.exact = body.mid(start, end - start);
    int prefixStart = std::max(0, start - ContextLength);
    if (startsPair(body, prefixStart))
        ++prefixStart;
    anchor.prefix = body.mid(prefixStart, start - prefixStart);
    int suffixEnd = std::min(size, end + ContextLength);
    if (startsPair(body, suffixEnd))
        --suffixEnd;
    anchor.suffix = body.mid(end, suffixEnd - end);
    return anchor;
}

TextAnchor::State TextAnchor::stateAfterAnchoring(const TextAnchor &before, const Result &found)
{
    if (found.range.start < 0)
        return State::Orphaned;
    return found.exactQuote && found.range == before.range() ? State::Anchored : State::Moved;
}

TextAnchor::Result TextAnchor::reanchor(const QString &body, double threshold) const
{
    if (exact.isEmpty())
        return {};
    threshold = std::clamp(threshold, Epsilon, 1.0);
    const Finder finder(*this, body);
    Result result;
    // The common case, an article whose passage did not move, costs one
    // comparison and two context distances.
    if (finder.exactAtOldPosition() && finder.contextScore(start, start + int(exact.size())) > 1 - Epsilon) {
        result.range = range();
        result.similarity = 1;
        result.exactQuote = true;
    } else {
        result = finder.findQuote();
        if (result.range.start < 0)
            result = finder.findApproximate(threshold);
    }
    result.state = stateAfterAnchoring(*this, result);
    return result;
}

TextAnchor::State TextAnchor::reanchorTo(const QString &body, const QString &contentHash)
{
    const Result found = reanchor(body);
    if (found.state != State::Orphaned)
        *this = fromRange(body, found.range, contentHash);
    return found.state;
}

} // namespace Veille
