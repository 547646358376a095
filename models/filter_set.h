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
    // the engine's "ids" (feature ids_filter: 1 to 1,000 person ids) and
    // "email_status" / "phone_status" (feature status_filters).
    static const QStringList &allKeys();
    // The outcome keys and their values, in the order the panel lists them:
    // the organization's newest enrichment of that field, or "none".
    static const QStringList &statusKeys();
    static const QStringList &statusValues();
    // What a rep reads for an outcome value ("Not found"), translated.
    static QString statusLabel(const QString &value);
    static bool isKnownKey(const QString &key);
    // What a rep reads for a key, translated: the filter panel's section and
    // chip titles and the table's column headers ("Job title"). The key
    // itself for an unknown one.
    static QString label(const QString &key);

    FilterSet() = default;

    bool isEmpty() const { return m_values.isEmpty() && m_excluded.isEmpty(); }
    QStringList keys() const { return m_values.keys(); }
    QStringList values(const QString &key) const { return m_values.value(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }

    // Setting an empty list removes the key: an empty OR would match nothing,
    // which no user means by clearing a filter.
    void set(const QString &key, const QStringList &values);
    void add(const QString &key, const QString &value);
    void remove(const QString &key, const QString &value);
    // Drops the key's included and excluded values.
    void clear(const QString &key);

    // Exclusions (feature exclude): a lead matching any excluded value of any
    // key is left out. A value is either included or excluded, never both:
    // excluding one takes it out of the included values, and back.
    bool hasExclusions() const { return !m_excluded.isEmpty(); }
    QStringList excludedKeys() const { return m_excluded.keys(); }
    QStringList excluded(const QString &key) const { return m_excluded.value(key); }
    void exclude(const QString &key, const QString &value);
    void removeExcluded(const QString &key, const QString &value);
    void setExcluded(const QString &key, const QStringList &values);
    // The same filters without one key, included or excluded: the context a
    // facet of that key counts its values in.
    FilterSet without(const QString &key) const;

    // The "filters" object of a request.
    QJsonObject toJson() const;
    // The "exclude" object of a request; empty when nothing is excluded.
    QJsonObject excludeJson() const;
    // Writes "filters" and, when there are exclusions, "exclude" into a
    // request body or selection object.
    void writeTo(QJsonObject *request) const;
    // Validates as the engine does: unknown key or non-string-list value fails
    // with a message naming the key.
    static bool fromJson(const QJsonValue &json, FilterSet *out, QString *error);
    // Reads "filters" (absent: none) and "exclude" (absent: none) of a
    // request body or selection object.
    static bool fromRequest(const QJsonObject &request, FilterSet *out, QString *error);

    bool operator==(const FilterSet &o) const
    {
        return m_values == o.m_values && m_excluded == o.m_excluded;
    }
    bool operator!=(const FilterSet &o) const { return !(*this == o); }

private:
    static bool readValues(const QJsonValue &json, const QString &what,
                           QMap<QString, QStringList> *out, QString *error);

    QMap<QString, QStringList> m_values;
    QMap<QString, QStringList> m_excluded;
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
