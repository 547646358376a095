#pragma once

#include "filter_set.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace lance::engine {

// Every lead's exact-match values (job_title … country) as small integer
// codes, and its has_email / has_phone, in memory, for facets in context.
// Counting a facet's values among the leads two other filters match is a
// GROUP BY over every matching row; SQLite can use one index for it and
// then reads each row from the table, ~0.3 s for 85,000 rows of a million.
// A scan of these columns (29 bytes per lead, 29 MB at a million) takes a
// few milliseconds.
//
// Leads are append-only and their exact-match values never change, so the
// columns are loaded once, after the demo data exists; the contact flags
// follow Store::addContact once its transaction commits.
class FacetIndex
{
public:
    bool load(QSqlDatabase &db, QString *error);
    bool isLoaded() const { return m_loaded; }

    // Whether this index answers a key by itself (exact keys, has_email,
    // has_phone); the caller turns the others (q, ids, outcomes) into sets
    // of leads.
    static bool answers(const QString &key);

    // Leads that must (or must not) be among `seqs`.
    struct SeqTest
    {
        std::vector<qint64> seqs;
        bool in = true;
    };
    // Counts of `key`'s values among the leads that match the keys of
    // `context` this index answers and pass every test. Values no such lead
    // has are absent; highest count first, then by value case-insensitively,
    // as the SQL facet orders them.
    QList<QPair<QString, qint64>> counts(const QString &key, const FilterSet &context,
                                         const QList<SeqTest> &tests) const;

    // A lead has contact data of a field from now on ("emails"/"phones").
    void setHasContact(qint64 seq, const QString &field);

private:
    struct Column
    {
        QStringList names;             // code -> value as first seen
        QStringList folded;            // code -> value folded, for ordering
        QHash<QString, quint32> codes; // folded value -> code
        std::vector<quint32> rows;     // row -> code
    };
    static constexpr quint8 kHasEmail = 1;
    static constexpr quint8 kHasPhone = 2;
    // SQLite's NOCASE: ASCII letters only.
    static QString fold(const QString &value);
    qsizetype rowOf(qint64 seq) const;

    bool m_loaded = false;
    Column m_columns[7]; // in FilterSet::exactKeys() order
    std::vector<quint8> m_flags;
    // seq of each row, ascending; empty when seq runs 1..N (row = seq - 1).
    std::vector<qint64> m_seqs;
    qsizetype m_rowCount = 0;
};

} // namespace lance::engine
