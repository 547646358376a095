#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lance {

// The contract's search filters: a key maps to a list of values, OR-ed within a
// key and AND-ed across keys. A GUI-free value, so the table, the bulk
// selection and the engine all read the same thing.
class FilterSet
{
    Q_DECLARE_TR_FUNCTIONS(lance::FilterSet)
public:
    // Exact-match keys (case-insensitive), in the order the filter panel shows them.
    static const QStringList &exactKeys();
    // Every key the contract allows: exact keys, "q", "has_email", "has_phone",
    // and the engine's "ids" (feature ids_filter: 1 to 1,000 person ids).
    static const QStringList &allKeys();
    static bool isKnownKey(const QString &key);
    // What a rep reads for a key, translated: the filter panel's section and
    // chip titles and the table's column headers ("Job title"). The key
    // itself for an unknown one.
    static QString label(const QString &key);

    FilterSet() = default;

    bool isEmpty() const { return m_values.isEmpty(); }
    QStringList keys() const { return m_values.keys(); }
    QStringList values(const QString &key) const { return m_values.value(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }

    // Setting an empty list removes the key: an empty OR would match nothing,
    // which no user means by clearing a filter.
    void set(const QString &key, const QStringList &values);
    void add(const QString &key, const QString &value);
    void remove(const QString &key, const QString &value);
    void clear(const QString &key) { m_values.remove(key); }

    QJsonObject toJson() const;
    // Validates as the engine does: unknown key or non-string-list value fails
    // with a message naming the key.
    static bool fromJson(const QJsonValue &json, FilterSet *out, QString *error);

    bool operator==(const FilterSet &o) const { return m_values == o.m_values; }
    bool operator!=(const FilterSet &o) const { return !(*this == o); }

private:
    QMap<QString, QStringList> m_values;
};

// A sort as the search endpoint takes it; an empty key means insertion order.
struct SortSpec
{
    QString key;
    bool descending = false;

    static const QStringList &sortableKeys();
    bool isEmpty() const { return key.isEmpty(); }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonValue &json, SortSpec *out, QString *error);
    bool operator==(const SortSpec &o) const { return key == o.key && descending == o.descending; }
};

} // namespace lance

Q_DECLARE_METATYPE(lance::FilterSet)
