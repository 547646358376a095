#pragma once

#include "filter_set.h"

#include <QHash>
#include <QJsonArray>
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
    // A page of the contract's search: leads as JSON objects, in search order.
    bool search(const FilterSet &filters, const SortSpec &sort, qint64 offset, int limit,
                QJsonArray *leads, QString *error);
    bool count(const FilterSet &filters, qint64 *total, QString *error);
    // The ids at positions offset .. offset+limit-1 of the same search.
    bool searchIds(const FilterSet &filters, const SortSpec &sort, qint64 offset, int limit,
                   QStringList *ids, QString *error);
    // Values of one exact-match filter key with their counts, highest first.
    bool facet(const QString &key, const QString &prefix, int size, int page, QJsonArray *items,
               QString *error);
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
    bool matchingIds(const FilterSet &filters, const QStringList &ids, QStringList *matching,
                     QString *error);
    bool identity(const QString &personId, LeadIdentity *out);
    // Adds a found contact to the lead (kept once) and marks it as having one.
    bool addContact(const QString &personId, const QString &field, const QString &value,
                    const QString &now);

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
        void bindTo(QSqlQuery &q) const
        {
            for (const QVariant &b : binds)
                q.addBindValue(b);
        }
    };
    Where buildWhere(const FilterSet &filters) const;
    QString orderBy(const SortSpec &sort, const QString &table) const;
    bool seqIsDense();

    QString m_connection;
    QSqlDatabase m_db;
    // Counts of filters that never change with enrichment (leads are
    // append-only and only their contacts change), so paging through one
    // filter counts once.
    QHash<QString, qint64> m_countCache;
    // Facet values with counts, per key; same reasoning.
    QHash<QString, QList<QPair<QString, qint64>>> m_facetCache;
    qint64 m_denseCount = -1;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace lance::engine
