#pragma once

#include "facet_index.h"
#include "filter_set.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace lance::engine {

// What the provider simulation needs to know of a lead to "find" its contact.
struct LeadIdentity
{
    QString firstName;
    QString lastName;
    QString companyDomain;
    QString country;
};

// The engine's SQLite database and its lead queries. Lives on the engine
// thread; the connection is opened and closed there.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens the file in WAL mode and migrates its schema. `:memory:` works.
    bool open(const QString &path, QString *error);
    // Creates `count` demo leads when the database has none, then makes sure
    // every index exists.
    bool prepareLeads(int demoCount, quint64 seed, const std::function<void(int, int)> &progress,
                      QString *error);
    QSqlDatabase &db() { return m_db; }
    // A prepared statement for `sql`, kept for reuse: SQLite parses and
    // plans a statement in about as long as a small query takes to run, and
    // the engine runs the same few statements thousands of times a second.
    // The caller binds, executes and reads it before asking for another
    // use of the same text.
    QSqlQuery &cached(const QString &sql);

    qint64 leadCount();
    // Lead queries take the caller's organization: the outcome filters
    // (email_status, phone_status) and each lead's "enrichment" are judged
    // on that organization's enrichments. `filters` carries its exclusions.

    // A page of the contract's search: leads as JSON objects, in search
    // order, each with its newest outcome per field ("enrichment").
    bool search(const QString &orgId, const FilterSet &filters, const SortSpec &sort, qint64 offset,
                int limit, QJsonArray *leads, QString *error);
    bool count(const QString &orgId, const FilterSet &filters, qint64 *total, QString *error);
    // The ids at positions offset .. offset+limit-1 of the same search.
    bool searchIds(const QString &orgId, const FilterSet &filters, const SortSpec &sort,
                   qint64 offset, int limit, QStringList *ids, QString *error);
    // Values of one exact-match or outcome key with their counts among the
    // leads `context` matches (the caller leaves the key itself out of it).
    // `search` keeps the values containing it, case-insensitively; those
    // starting with it come first, then by count, highest first, then by
    // value. Values no lead in the context has are absent.
    bool facet(const QString &orgId, const QString &key, const QString &search,
               const FilterSet &context, int size, int page, QJsonArray *items, QString *error);
    // The ids of `ids` that name no lead.
    QStringList unknownIds(const QStringList &ids);

    // For the estimate: an organization's reusable (pending or finished)
    // enrichments of one field, as person id -> status, among `ids`.
    bool reusableStatuses(const QString &orgId, const QString &field, const QStringList &ids,
                          QHash<QString, QString> *statuses, QString *error);
    // The same, counted over every lead a filter matches.
    bool reusableCounts(const QString &orgId, const QString &field, const FilterSet &filters,
                        qint64 *pending, qint64 *finished, QString *error);
    // The first `limit` leads of a search without a reusable enrichment.
    bool firstNewIds(const QString &orgId, const QString &field, const FilterSet &filters,
                     const SortSpec &sort, int limit, QStringList *ids, QString *error);
    // The ids of `ids` that the filter matches.
    bool matchingIds(const QString &orgId, const FilterSet &filters, const QStringList &ids,
                     QStringList *matching, QString *error);

    // Contacts already on file (feature on_file): leads that have contact
    // data of `field` and no enrichment of it by the organization. How many
    // a filter matches, the first `limit` of them in search order, and which
    // of `ids` are.
    bool onFileCount(const QString &orgId, const QString &field, const FilterSet &filters,
                     qint64 *count, QString *error);
    bool onFileIds(const QString &orgId, const QString &field, const FilterSet &filters,
                   const SortSpec &sort, int limit, QStringList *ids, QString *error);
    bool onFileAmong(const QString &orgId, const QString &field, const QStringList &ids,
                     QSet<QString> *onFile, QString *error);
    bool identity(const QString &personId, LeadIdentity *out);
    // Adds a found contact to the lead (kept once) and marks it as having one.
    // Runs inside the caller's transaction: settleContacts() tells whether
    // it committed.
    bool addContact(const QString &personId, const QString &field, const QString &value,
                    const QString &now);
    void settleContacts(bool committed);

private:
    // The first `limit` ids of a search that also meet `condition`, which
    // binds the organization, then the field.
    bool firstIdsAlso(const QString &orgId, const QString &field, const FilterSet &filters,
                      const QString &condition, const SortSpec &sort, int limit, QStringList *ids,
                      QString *error);
    struct Where
    {
        QString cond; // empty: every lead
        QString sql;  // " WHERE cond", or empty
        QVariantList binds;
        void bindTo(QSqlQuery &q) const
        {
            for (const QVariant &b : binds)
                q.addBindValue(b);
        }
        // `cond` AND `more`, as a WHERE clause.
        QString sqlAnd(const QString &more) const
        {
            return QStringLiteral(" WHERE ") +
                   (cond.isEmpty() ? more : QStringLiteral("%1 AND %2").arg(cond, more));
        }
    };
    Where buildWhere(const QString &orgId, const FilterSet &filters) const;
    // One key's condition, its values OR-ed, appending its bound values: an
    // included key ANDs it, an excluded one ANDs its negation. "1" when it
    // matches every lead.
    QString keyClause(const QString &orgId, const QString &key, const QStringList &values,
                      QVariantList *binds) const;
    // Adds each lead's newest outcome per field ("enrichment") to a page.
    bool addOutcomes(const QString &orgId, QJsonArray *leads, QString *error);
    // A facet's values with their counts in context, unordered by search.
    bool countValues(const QString &orgId, const QString &key, const FilterSet &context,
                     QList<QPair<QString, qint64>> *values, QString *error);
    bool outcomeFacet(const QString &orgId, const QString &key, const FilterSet &context,
                      QList<QPair<QString, qint64>> *values, QString *error);
    QString orderBy(const SortSpec &sort, const QString &table) const;
    bool seqIsDense();

    QString m_connection;
    QSqlDatabase m_db;
    // Counts of filters that never change with enrichment (leads are
    // append-only and only their contacts change), so paging through one
    // filter counts once.
    QHash<QString, qint64> m_countCache;
    // Facet values with counts, per (key, context); same reasoning, and the
    // same exceptions.
    QHash<QString, QList<QPair<QString, qint64>>> m_facetCache;
    qsizetype m_facetCacheValues = 0;
    FacetIndex m_facetIndex;
    // Contacts added in the open transaction: (lead seq, field).
    QList<QPair<qint64, QString>> m_uncommittedContacts;
    qint64 m_denseCount = -1;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace lance::engine
