// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities/entitymatcher.h"

#include "text/textfold.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace Veille {

namespace {
constexpr int UnitCount = 0x10000;
// Input class 0 stands for every word character that no pattern contains,
// and the last class for every such separator: only that difference matters.
constexpr quint16 OtherWordClass = 0;
// State 0 ("after a word character") is where no pattern may start;
// state 1 ("after a separator", also the start of the text) is the trie root.
constexpr int InsideWord = 0;
constexpr int Root = 1;
constexpr quint16 NoClass = 0xFFFF;
// The states near the root are visited all the time and get dense rows, a
// table that stays in the L2 cache. Deeper states are mostly on the path of
// one name and visited once in a while: a compact record each, laid out
// along the path, costs a cache miss or two per name instead of one per
// letter. Measured in tests/benchmarks/bench_matcher.
constexpr qsizetype DenseBudgetBytes = 512 * 1024;
constexpr size_t MaxSparseChildren = 4;

// Case-sensitive patterns still accept a no-break space for a space, as
// foldCase() does: "10 000" is typed both ways.
QChar spaceNormalised(QChar c)
{
    switch (c.unicode()) {
    case 0x00A0:
    case 0x2007:
    case 0x202F:
        return QLatin1Char(' ');
    default:
        return c;
    }
}
} // namespace

// Patterns whose folded texts are equal share one keyword of the automaton.
struct EntityMatcher::Keywords {
    QVector<QString> texts; //!< folded, in the order of their first pattern
    QVector<QVector<int>> members; //!< each keyword's patterns, by priority
};

// The trie of the keywords and its Aho-Corasick links, state by state.
// Patterns may only start after a separator, so the automaton remembers
// whether the last unit was one: InsideWord stays put on word characters and
// every failure chain ends there, Root is the state right after a separator
// (and at the start of the text). A pattern's start boundary is then free;
// only its end is checked later.
struct EntityMatcher::Trie {
    Trie(const Keywords &keywords, const std::vector<quint16> &letterClass, int firstSeparatorClass);

    int stateCount() const { return int(keywordAt.size()); }
    bool isWordClass(size_t inputClass) const { return inputClass < firstSeparatorClass; }
    bool hasOutput(int state) const { return keywordAt[size_t(state)] >= 0 || dictionary[size_t(state)] >= 0; }
    int childOf(int state, quint16 inputClass) const;
    // The state after \a inputClass in \a state, following failure links.
    int transition(int state, quint16 inputClass) const;
    // Fills fail, dictionary and order, breadth first from the root.
    void linkFailures();

    size_t firstSeparatorClass = 0;
    // The children of each state as (class, state) pairs.
    std::vector<std::vector<std::pair<quint16, int>>> children = std::vector<std::vector<std::pair<quint16, int>>>(2);
    std::vector<int> keywordAt = std::vector<int>(2, -1);
    std::vector<int> depth = std::vector<int>(2, 0);
    std::vector<int> fail;
    std::vector<int> dictionary; //!< next state on the failure chain where a keyword ends
    std::vector<int> order; //!< breadth first from Root; InsideWord is not in it
};

EntityMatcher::Trie::Trie(const Keywords &keywords, const std::vector<quint16> &letterClass, int firstSeparatorClass)
    : firstSeparatorClass(size_t(firstSeparatorClass))
{
    for (int k = 0; k < keywords.texts.size(); ++k) {
        int state = Root;
        for (const QChar c : keywords.texts.at(k)) {
            const quint16 inputClass = letterClass[c.unicode()];
            int child = childOf(state, inputClass);
            if (child < 0) {
                child = int(keywordAt.size());
                children.emplace_back();
                keywordAt.push_back(-1);
                depth.push_back(depth[size_t(state)] + 1);
                children[size_t(state)].emplace_back(inputClass, child);
            }
            state = child;
        }
        keywordAt[size_t(state)] = k;
    }
}

int EntityMatcher::Trie::childOf(int state, quint16 inputClass) const
{
    for (const auto &edge : children[size_t(state)]) {
        if (edge.first == inputClass)
            return edge.second;
    }
    return -1;
}

int EntityMatcher::Trie::transition(int state, quint16 inputClass) const
{
    for (;;) {
        const int child = childOf(state, inputClass);
        if (child >= 0)
            return child;
        if (state == Root || state == InsideWord)
            return isWordClass(inputClass) ? InsideWord : Root;
        state = fail[size_t(state)];
    }
}

void EntityMatcher::Trie::linkFailures()
{
    const auto states = size_t(stateCount());
    fail.assign(states, InsideWord);
    dictionary.assign(states, -1);
    order = { Root };
    order.reserve(states);
    for (size_t head = 0; head < order.size(); ++head) {
        const int state = order[head];
        for (const auto &edge : children[size_t(state)]) {
            const int failure =
                state == Root ? transition(InsideWord, edge.first) : transition(fail[size_t(state)], edge.first);
            fail[size_t(edge.second)] = failure;
            dictionary[size_t(edge.second)] = keywordAt[size_t(failure)] >= 0 ? failure : dictionary[size_t(failure)];
            order.push_back(edge.second);
        }
    }
}

// Which states get dense rows, and the reference of each state. Dense rows
// go to whole levels near the root, within the budget, and to any state with
// many children. States are numbered so that those where keywords end form
// one range of references, [-sparse outputs, dense outputs): the scan tells
// them with one comparison. Sparse states go depth first, so that the path
// of a name lies together in memory.
struct EntityMatcher::Layout {
    Layout(const Trie &trie, int stride);

    bool isDense(int state) const;
    qint32 reference(int state) const;

    const Trie &trie;
    int stride = 0;
    int denseDepth = 1;
    std::vector<int> denseStates; //!< outputs first, then the others, then InsideWord
    std::vector<int> sparseStates; //!< outputs first, each part depth first
    int denseOutputs = 0;
    int sparseOutputs = 0;
    std::vector<int> index; //!< a state's place in denseStates or sparseStates

private:
    int chooseDenseDepth() const;
    void orderDenseStates();
    void orderSparseStates();
};

EntityMatcher::Layout::Layout(const Trie &trie, int stride)
    : trie(trie)
    , stride(stride)
{
    denseDepth = chooseDenseDepth();
    orderDenseStates();
    orderSparseStates();
    const auto hasOutput = [&trie](int state) { return trie.hasOutput(state); };
    denseOutputs = int(std::count_if(denseStates.cbegin(), denseStates.cend(), hasOutput));
    sparseOutputs = int(std::count_if(sparseStates.cbegin(), sparseStates.cend(), hasOutput));
    index.assign(size_t(trie.stateCount()), -1);
    for (size_t i = 0; i < denseStates.size(); ++i)
        index[size_t(denseStates[i])] = int(i);
    for (size_t i = 0; i < sparseStates.size(); ++i)
        index[size_t(sparseStates[i])] = int(i);
    Q_ASSERT(denseStates.size() * size_t(stride) < size_t(std::numeric_limits<qint32>::max()));
}

int EntityMatcher::Layout::chooseDenseDepth() const
{
    const std::vector<int> &depth = trie.depth;
    const int maxDepth = *std::max_element(depth.cbegin(), depth.cend());
    const auto rowBytesUpTo = [&](int level) {
        return qsizetype(std::count_if(depth.cbegin(), depth.cend(), [&](int d) { return d <= level; })) * stride
            * qsizetype(sizeof(qint32));
    };
    int chosen = 1;
    while (chosen < maxDepth && rowBytesUpTo(chosen + 1) <= DenseBudgetBytes)
        ++chosen;
    return chosen;
}

bool EntityMatcher::Layout::isDense(int state) const
{
    return state == InsideWord || trie.depth[size_t(state)] <= denseDepth
        || trie.children[size_t(state)].size() > MaxSparseChildren;
}

qint32 EntityMatcher::Layout::reference(int state) const
{
    return isDense(state) ? qint32(index[size_t(state)] * stride) : ~qint32(index[size_t(state)]);
}

void EntityMatcher::Layout::orderDenseStates()
{
    for (const bool outputs : { true, false }) {
        for (const int state : trie.order) {
            if (isDense(state) && trie.hasOutput(state) == outputs)
                denseStates.push_back(state);
        }
        if (!outputs)
            denseStates.push_back(InsideWord);
    }
}

void EntityMatcher::Layout::orderSparseStates()
{
    std::vector<int> depthFirst;
    for (std::vector<int> stack { Root }; !stack.empty();) {
        const int state = stack.back();
        stack.pop_back();
        if (!isDense(state))
            depthFirst.push_back(state);
        const auto &edges = trie.children[size_t(state)];
        for (auto it = edges.rbegin(); it != edges.rend(); ++it)
            stack.push_back(it->second);
    }
    for (const bool outputs : { true, false }) {
        for (const int state : depthFirst) {
            if (trie.hasOutput(state) == outputs)
                sparseStates.push_back(state);
        }
    }
}

EntityMatcher::EntityMatcher(QVector<Pattern> patterns)
    : m_patterns(std::move(patterns))
{
    buildChecks();
    const Keywords keywords = collectKeywords();
    if (keywords.texts.isEmpty())
        return;
    const std::vector<quint16> letterClass = buildLetterClasses(keywords);
    Trie trie(keywords, letterClass, m_firstSeparatorClass);
    trie.linkFailures();
    const Layout layout(trie, m_stride);
    buildOutputs(keywords, trie, layout);
    buildTables(trie, layout);
    m_start = layout.reference(Root);
    m_insideWord = layout.reference(InsideWord);
    m_sparseOutputs = layout.sparseOutputs;
    m_outputLimit = layout.denseOutputs * m_stride;
}

void EntityMatcher::buildChecks()
{
    m_checks.resize(m_patterns.size());
    for (int i = 0; i < m_patterns.size(); ++i) {
        const Pattern &pattern = m_patterns.at(i);
        const QString text = pattern.text.trimmed();
        if (text.isEmpty())
            continue;
        Check &check = m_checks[i];
        if (pattern.caseSensitive) {
            check.mode = Check::Exact;
            check.expected = QString(text.size(), Qt::Uninitialized);
        } else if (!pattern.foldAccents) {
            check.mode = Check::CaseOnly;
            check.expected = QString(text.size(), Qt::Uninitialized);
        }
        for (int j = 0; check.mode != Check::Folded && j < text.size(); ++j)
            check.expected[j] = check.mode == Check::Exact ? spaceNormalised(text.at(j)) : foldCase(text.at(j));
    }
}

EntityMatcher::Keywords EntityMatcher::collectKeywords() const
{
    Keywords keywords;
    QHash<QString, int> keywordOf;
    for (int i = 0; i < m_patterns.size(); ++i) {
        const QString text = m_patterns.at(i).text.trimmed();
        if (text.isEmpty())
            continue;
        const QString folded = foldText(text);
        auto it = keywordOf.find(folded);
        if (it == keywordOf.end()) {
            it = keywordOf.insert(folded, int(keywords.texts.size()));
            keywords.texts.append(folded);
            keywords.members.append(QVector<int>());
        }
        keywords.members[it.value()].append(i);
    }
    return keywords;
}

std::vector<quint16> EntityMatcher::buildLetterClasses(const Keywords &keywords)
{
    // Only the units that occur in some pattern get a class of their own,
    // which keeps the dense rows a few dozen columns wide. Word characters
    // come first, so that "is a word character" is one comparison.
    QVector<quint16> words;
    QVector<quint16> separators;
    std::vector<quint16> letterClass(UnitCount, 0);
    for (const QString &text : keywords.texts) {
        for (const QChar c : text) {
            if (letterClass[c.unicode()] == 0) {
                letterClass[c.unicode()] = 1;
                (isWordChar(c) ? words : separators).append(c.unicode());
            }
        }
    }
    m_stride = int(words.size() + separators.size()) + 2;
    m_firstSeparatorClass = int(words.size()) + 1;
    Q_ASSERT(m_stride < NoClass);
    for (int i = 0; i < words.size(); ++i)
        letterClass[words.at(i)] = quint16(1 + i);
    for (int i = 0; i < separators.size(); ++i)
        letterClass[separators.at(i)] = quint16(m_firstSeparatorClass + i);
    const auto otherSeparatorClass = quint16(m_stride - 1);
    m_classOf.resize(UnitCount);
    for (int u = 0; u < UnitCount; ++u) {
        const quint16 letter = letterClass[foldAccentsAndCase(QChar(quint16(u))).unicode()];
        // Folding keeps word characters word characters (textfold.h), so a
        // class's wordness is the same for every unit that maps to it.
        m_classOf[u] = letter ? letter : (isWordChar(QChar(quint16(u))) ? OtherWordClass : otherSeparatorClass);
    }
    return letterClass;
}

void EntityMatcher::buildOutputs(const Keywords &keywords, const Trie &trie, const Layout &layout)
{
    // Outputs in the order of their references: sparse ones, then dense ones.
    std::vector<int> outputIndex(size_t(trie.stateCount()), -1);
    std::vector<int> outputStates(layout.sparseStates.cbegin(), layout.sparseStates.cbegin() + layout.sparseOutputs);
    outputStates.insert(outputStates.end(), layout.denseStates.cbegin(),
                        layout.denseStates.cbegin() + layout.denseOutputs);
    for (size_t i = 0; i < outputStates.size(); ++i)
        outputIndex[size_t(outputStates[i])] = int(i);
    m_outputs.reserve(int(outputStates.size()));
    for (const int state : outputStates) {
        Output output;
        const int link = trie.dictionary[size_t(state)];
        output.next = link >= 0 ? outputIndex[size_t(link)] : -1;
        const int keyword = trie.keywordAt[size_t(state)];
        if (keyword >= 0) {
            const QVector<int> &members = keywords.members.at(keyword);
            output.length = int(keywords.texts.at(keyword).size());
            output.pattern = members.first();
            output.mode = m_checks.at(output.pattern).mode;
            output.otherFirst = int(m_otherPatterns.size());
            output.otherCount = int(members.size()) - 1;
            m_otherPatterns += members.mid(1);
        }
        m_outputs.append(output);
    }
}

void EntityMatcher::buildTables(const Trie &trie, const Layout &layout)
{
    const auto stride = size_t(m_stride);
    m_next.resize(int(layout.denseStates.size() * stride));
    for (size_t i = 0; i < layout.denseStates.size(); ++i) {
        for (size_t c = 0; c < stride; ++c)
            m_next[int(i * stride + c)] = layout.reference(trie.transition(layout.denseStates[i], quint16(c)));
    }
    m_sparse.resize(int(layout.sparseStates.size()));
    for (size_t i = 0; i < layout.sparseStates.size(); ++i) {
        const int state = layout.sparseStates[i];
        SparseState &record = m_sparse[int(i)];
        record.fail = layout.reference(trie.fail[size_t(state)]);
        const auto &edges = trie.children[size_t(state)];
        if (!edges.empty()) {
            record.childClass = edges.front().first;
            record.child = layout.reference(edges.front().second);
            record.extraFirst = int(m_edges.size());
            record.extraCount = quint16(edges.size() - 1);
            for (size_t e = 1; e < edges.size(); ++e)
                m_edges.append({ edges[e].first, layout.reference(edges[e].second) });
        }
    }
}

// One function of some 85 lines, past the 80 the rest of the code keeps to:
// this is the scan, and every unit of every text goes through its loop.
// Moving even the final sort out of it changed how the compiler allocates
// the loop's registers, and tests/benchmarks/bench_matcher measured it 1 %
// slower at 10,000 names in six paired runs out of six. So the scan stays
// whole; its rarer paths (sparse states, candidates) are functions already.
QVector<EntityMatcher::Match> EntityMatcher::find(QStringView text) const
{
    if (m_next.isEmpty())
        return {};
    Candidates candidates;

    const QChar *const begin = text.data();
    const QChar *const stop = begin + text.size();
    const quint16 *const classOf = m_classOf.constData();
    const qint32 *const next = m_next.constData();
    const quint16 firstSeparatorClass = quint16(m_firstSeparatorClass);
    // A state where keywords end is one with a reference in
    // [-m_sparseOutputs, m_outputLimit): one unsigned comparison.
    const quintptr outputShift = quintptr(m_sparseOutputs);
    const quintptr outputRange = quintptr(m_outputLimit) + outputShift;

    // A scan is a chain of dependent loads, each waiting for the last. Two
    // cursors on the two halves of the text make two chains that the
    // processor runs side by side. The second half starts after a separator,
    // in the root state, and finds every match that starts there or later;
    // the first cursor reports only matches that start before, and runs on
    // past the middle until no name it has begun can still be pending.
    struct Cursor {
        const QChar *unit;
        qintptr state; // pointer-sized: no sign extension on the critical path
        int startLimit;
    };
    // One unit. A keyword that ended on the unit before counts if this one
    // is a separator: both tests are computed without branching, then
    // joined, so the branch is taken only for real candidates ("Lan" inside
    // "lanterne" costs no misprediction). Dense rows answer at once; the
    // rarer sparse states, like the hits, go to functions of their own so
    // that the loop's variables stay in registers.
    const auto advance = [&](Cursor &cursor) {
        const quint16 inputClass = classOf[cursor.unit->unicode()];
        const bool keywordEnded = quintptr(cursor.state) + outputShift < outputRange;
        if (Q_UNLIKELY(keywordEnded & (inputClass >= firstSeparatorClass)))
            addCandidates(text, int(cursor.unit - begin), cursor.state, cursor.startLimit, candidates);
        cursor.state = cursor.state >= 0 ? next[cursor.state + inputClass] : sparseStep(cursor.state, inputClass);
        ++cursor.unit;
    };
    // The end of the text ends a word too.
    const auto finish = [&](const Cursor &cursor) {
        if (cursor.unit == stop && quintptr(cursor.state) + outputShift < outputRange)
            addCandidates(text, int(text.size()), cursor.state, cursor.startLimit, candidates);
    };

    // Short texts are not worth two cursors.
    int middle = int(text.size());
    if (text.size() >= 64) {
        middle /= 2;
        while (middle < text.size() && classOf[begin[middle - 1].unicode()] < firstSeparatorClass)
            ++middle;
    }
    Cursor first { begin, m_start, middle };
    Cursor second { begin + middle, m_start, std::numeric_limits<int>::max() };
    const QChar *const firstStop = begin + middle;
    while (first.unit != firstStop && second.unit != stop) {
        advance(first);
        advance(second);
    }
    while (first.unit != firstStop)
        advance(first);
    // Root and InsideWord have no keywords: stopping there leaves none pending.
    while (first.unit != stop && first.state != m_insideWord && first.state != m_start)
        advance(first);
    finish(first);
    while (second.unit != stop)
        advance(second);
    finish(second);

    // Leftmost-longest: by start, then the longest; a span has at most one
    // candidate since equal spans mean equal folded text, one keyword.
    std::sort(candidates.begin(), candidates.end(),
              [](const Match &a, const Match &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    QVector<Match> matches;
    int reached = 0;
    for (const Match &candidate : std::as_const(candidates)) {
        if (candidate.start >= reached) {
            matches.append(candidate);
            reached = candidate.end;
        }
    }
    return matches;
}

qintptr EntityMatcher::sparseStep(qintptr state, quint16 inputClass) const
{
    // A sparse state tries its children, then its failure state, until a
    // dense row answers.
    while (state < 0) {
        const SparseState &record = m_sparse.at(int(~state));
        if (record.childClass == inputClass)
            return record.child;
        for (int i = record.extraFirst; i < record.extraFirst + record.extraCount; ++i) {
            if (m_edges.at(i).inputClass == inputClass)
                return m_edges.at(i).target;
        }
        state = record.fail;
    }
    return m_next.at(int(state) + inputClass);
}

void EntityMatcher::addCandidates(QStringView text, int end, qintptr state, int startLimit,
                                  Candidates &candidates) const
{
    // The state after the unit before \a end, where at least one keyword ends.
    // Keywords ending here, longest first; for each, the first pattern (by
    // priority) whose own options accept the original text.
    const int first = state < 0 ? int(~state) : m_sparseOutputs + int(state) / m_stride;
    for (int index = first; index >= 0; index = m_outputs.at(index).next) {
        const Output &output = m_outputs.at(index);
        const int start = end - output.length;
        if (output.length == 0 || start >= startLimit)
            continue;
        if (output.mode == Check::Folded || accepts(output.pattern, text, start)) {
            candidates.append({ start, end, output.pattern });
            continue;
        }
        for (int i = output.otherFirst; i < output.otherFirst + output.otherCount; ++i) {
            if (accepts(m_otherPatterns.at(i), text, start)) {
                candidates.append({ start, end, m_otherPatterns.at(i) });
                break;
            }
        }
    }
}

bool EntityMatcher::accepts(int patternIndex, QStringView text, int start) const
{
    const Check &check = m_checks.at(patternIndex);
    const QChar *units = text.data() + start;
    const int length = int(check.expected.size());
    switch (check.mode) {
    case Check::Folded:
        return true;
    case Check::Exact:
        for (int i = 0; i < length; ++i) {
            if (spaceNormalised(units[i]) != check.expected.at(i))
                return false;
        }
        return true;
    case Check::CaseOnly:
        for (int i = 0; i < length; ++i) {
            if (foldCase(units[i]) != check.expected.at(i))
                return false;
        }
        return true;
    }
    return false;
}

const EntityMatcher::Pattern &EntityMatcher::pattern(int index) const
{
    Q_ASSERT(index >= 0 && index < m_patterns.size());
    return m_patterns.at(index);
}

int EntityMatcher::patternCount() const
{
    return int(m_patterns.size());
}

bool EntityMatcher::isEmpty() const
{
    return m_next.isEmpty();
}

} // namespace Veille
