#include "facet_index.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace lance::engine {

QString FacetIndex::fold(const QString &value)
{
    QString out = value;
    for (QChar &c : out)
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    return out;
}

namespace {

// Calls f(seq) for each number of a group_concat() list ("12,7,3051").
template <typename F> void forEachSeq(const QString &list, F f)
{
    qint64 n = 0;
    bool any = false;
    for (const QChar c : list) {
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            n = n * 10 + (c.unicode() - '0');
            any = true;
        } else {
            if (any)
                f(n);
            n = 0;
            any = false;
        }
    }
    if (any)
        f(n);
}

} // namespace

bool FacetIndex::load(QSqlDatabase &db, QString *error)
{
    // One grouped query per column, each a scan of that column's index
    // inside SQLite, hands over every value once with its leads' seqs:
    // reading a million rows value by value through QSqlQuery takes
    // several times longer.
    const auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(max(seq), 0) FROM leads")) || !q.next())
        return fail(q);
    m_rowCount = qsizetype(q.value(0).toLongLong());
    const bool dense = q.value(0).toLongLong() == q.value(1).toLongLong();
    q.finish();
    m_seqs.clear();
    if (!dense) {
        // A load cut short leaves gaps: rows are then found by seq.
        if (!q.exec(QStringLiteral("SELECT seq FROM leads ORDER BY seq")))
            return fail(q);
        m_seqs.reserve(size_t(m_rowCount));
        while (q.next())
            m_seqs.push_back(q.value(0).toLongLong());
    }
    const QStringList &keys = FilterSet::exactKeys();
    for (int k = 0; k < 7; ++k) {
        Column &c = m_columns[k];
        c = Column();
        c.rows.assign(size_t(m_rowCount), 0);
        // Grouping by the NOCASE column folds "sales" and "Sales" into one
        // value, as the filter's match does.
        if (!q.exec(QStringLiteral("SELECT %1, group_concat(seq) FROM leads GROUP BY %1")
                        .arg(keys.at(k))))
            return fail(q);
        while (q.next()) {
            const quint32 code = quint32(c.names.size());
            const QString value = q.value(0).toString();
            c.names << value;
            c.folded << fold(value);
            c.codes.insert(c.folded.last(), code);
            forEachSeq(q.value(1).toString(), [&](qint64 seq) {
                const qsizetype row = rowOf(seq);
                if (row >= 0)
                    c.rows[size_t(row)] = code;
            });
        }
    }
    m_flags.assign(size_t(m_rowCount), 0);
    for (const auto &[column, flag] :
         {std::pair{"has_email", kHasEmail}, {"has_phone", kHasPhone}}) {
        if (!q.exec(QStringLiteral("SELECT group_concat(seq) FROM leads WHERE %1 = 1")
                        .arg(QLatin1String(column))))
            return fail(q);
        if (q.next()) {
            const quint8 bit = flag; // lambdas cannot capture a structured binding in C++17
            forEachSeq(q.value(0).toString(), [&](qint64 seq) {
                const qsizetype row = rowOf(seq);
                if (row >= 0)
                    m_flags[size_t(row)] |= bit;
            });
        }
    }
    m_loaded = true;
    return true;
}

bool FacetIndex::answers(const QString &key)
{
    return FilterSet::exactKeys().contains(key) || key == QLatin1String("has_email") ||
           key == QLatin1String("has_phone");
}

qsizetype FacetIndex::rowOf(qint64 seq) const
{
    if (m_seqs.empty())
        return seq >= 1 && seq <= m_rowCount ? qsizetype(seq - 1) : -1;
    const auto it = std::lower_bound(m_seqs.begin(), m_seqs.end(), seq);
    return it != m_seqs.end() && *it == seq ? qsizetype(it - m_seqs.begin()) : -1;
}

void FacetIndex::setHasContact(qint64 seq, const QString &field)
{
    const qsizetype row = rowOf(seq);
    if (row >= 0)
        m_flags[size_t(row)] |= field == QLatin1String("emails") ? kHasEmail : kHasPhone;
}

QList<QPair<QString, qint64>> FacetIndex::counts(const QString &key, const FilterSet &context,
                                                 const QList<SeqTest> &seqTests) const
{
    const QStringList &keys = FilterSet::exactKeys();
    const qsizetype groupIndex = keys.indexOf(key);
    if (!m_loaded || groupIndex < 0)
        return {};
    // A row passes when each column test finds its code listed (included
    // values) or not listed (excluded values), and each set test finds the
    // row in its set or not.
    struct ColumnTest
    {
        const std::vector<quint32> *rows;
        std::vector<char> listed;
        bool included;
    };
    std::vector<ColumnTest> columnTests;
    quint8 flagsSet = 0, flagsClear = 0; // contact flags a row must have / lack
    std::vector<std::pair<std::vector<char>, bool>> setTests;
    // Adds the test of one key's values; false when the key matches nothing.
    const auto addTest = [&](const QString &k, const QStringList &values, bool included) {
        if (k == QLatin1String("has_email") || k == QLatin1String("has_phone")) {
            const bool yes = values.contains(QStringLiteral("true"));
            const bool no = values.contains(QStringLiteral("false"));
            if (yes == no) // both: every lead; an excluded "both" leaves none
                return yes == included;
            const quint8 flag = k == QLatin1String("has_email") ? kHasEmail : kHasPhone;
            (yes == included ? flagsSet : flagsClear) |= flag;
            return true;
        }
        const qsizetype index = keys.indexOf(k);
        if (index < 0)
            return true;
        const Column &c = m_columns[index];
        std::vector<char> listed(size_t(c.names.size()), 0);
        bool any = false;
        for (const QString &v : values) {
            auto code = c.codes.constFind(fold(v));
            if (code != c.codes.constEnd()) {
                listed[*code] = 1;
                any = true;
            }
        }
        if (!any) // values nobody has: an inclusion matches nothing, an exclusion leaves all
            return !included;
        columnTests.push_back({&c.rows, std::move(listed), included});
        return true;
    };
    for (const QString &k : context.keys())
        if (answers(k) && !addTest(k, context.values(k), true))
            return {};
    for (const QString &k : context.excludedKeys())
        if (answers(k) && !context.excluded(k).isEmpty() && !addTest(k, context.excluded(k), false))
            return {};
    if (flagsSet & flagsClear)
        return {};
    for (const SeqTest &t : seqTests) {
        std::vector<char> member(size_t(m_rowCount), 0);
        for (const qint64 seq : t.seqs) {
            const qsizetype row = rowOf(seq);
            if (row >= 0)
                member[size_t(row)] = 1;
        }
        setTests.emplace_back(std::move(member), t.in);
    }

    const Column &group = m_columns[groupIndex];
    std::vector<qint64> n(size_t(group.names.size()), 0);
    for (size_t row = 0; row < size_t(m_rowCount); ++row) {
        const quint8 flags = m_flags[row];
        if ((flags & flagsSet) != flagsSet || (flags & flagsClear) != 0)
            continue;
        bool pass = true;
        for (const ColumnTest &t : columnTests) {
            if (bool(t.listed[(*t.rows)[row]]) != t.included) {
                pass = false;
                break;
            }
        }
        for (size_t i = 0; pass && i < setTests.size(); ++i)
            pass = bool(setTests[i].first[row]) == setTests[i].second;
        if (pass)
            ++n[group.rows[row]];
    }
    QList<QPair<QString, qint64>> out;
    std::vector<quint32> order;
    for (size_t code = 0; code < n.size(); ++code)
        if (n[code] > 0)
            order.push_back(quint32(code));
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        if (n[a] != n[b])
            return n[a] > n[b];
        const int c = QString::compare(group.folded.at(a), group.folded.at(b));
        return c != 0 ? c < 0 : group.names.at(a) < group.names.at(b);
    });
    out.reserve(qsizetype(order.size()));
    for (const quint32 code : order)
        out.append({group.names.at(code), n[code]});
    return out;
}

} // namespace lance::engine
