#include "filter_set.h"

#include "api_limits.h"
#include "json_checks.h"

#include <QJsonArray>

namespace lance {

const QStringList &FilterSet::exactKeys()
{
    static const QStringList keys{QStringLiteral("job_title"),  QStringLiteral("seniority"),
                                  QStringLiteral("department"), QStringLiteral("company"),
                                  QStringLiteral("industry"),   QStringLiteral("city"),
                                  QStringLiteral("country")};
    return keys;
}

const QStringList &FilterSet::allKeys()
{
    static const QStringList keys =
        exactKeys() +
        QStringList{
            QStringLiteral("q"),   QStringLiteral("has_email"),    QStringLiteral("has_phone"),
            QStringLiteral("ids"), QStringLiteral("email_status"), QStringLiteral("phone_status")};
    return keys;
}

const QStringList &FilterSet::statusKeys()
{
    static const QStringList keys{QStringLiteral("email_status"), QStringLiteral("phone_status")};
    return keys;
}

const QStringList &FilterSet::statusValues()
{
    static const QStringList values{QStringLiteral("none"),     QStringLiteral("pending"),
                                    QStringLiteral("found"),    QStringLiteral("not_found"),
                                    QStringLiteral("failed"),   QStringLiteral("timeout"),
                                    QStringLiteral("cancelled")};
    return values;
}

QString FilterSet::statusLabel(const QString &value)
{
    if (value == QLatin1String("none"))
        return tr("Never enriched");
    if (value == QLatin1String("pending"))
        return tr("Pending");
    if (value == QLatin1String("found"))
        return tr("Found");
    if (value == QLatin1String("not_found"))
        return tr("Not found");
    if (value == QLatin1String("failed"))
        return tr("Failed");
    if (value == QLatin1String("timeout"))
        return tr("Timed out");
    if (value == QLatin1String("cancelled"))
        return tr("Cancelled");
    return value;
}

bool FilterSet::isKnownKey(const QString &key)
{
    return allKeys().contains(key);
}

QString FilterSet::label(const QString &key)
{
    if (key == QLatin1String("job_title"))
        return tr("Job title");
    if (key == QLatin1String("seniority"))
        return tr("Seniority");
    if (key == QLatin1String("department"))
        return tr("Department");
    if (key == QLatin1String("company"))
        return tr("Company");
    if (key == QLatin1String("industry"))
        return tr("Industry");
    if (key == QLatin1String("city"))
        return tr("City");
    if (key == QLatin1String("country"))
        return tr("Country");
    if (key == QLatin1String("q"))
        return tr("Search");
    if (key == QLatin1String("has_email"))
        return tr("Email");
    if (key == QLatin1String("has_phone"))
        return tr("Phone");
    if (key == QLatin1String("ids"))
        return tr("Picked leads");
    if (key == QLatin1String("email_status"))
        return tr("Email status");
    if (key == QLatin1String("phone_status"))
        return tr("Phone status");
    return key;
}

void FilterSet::set(const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        m_values.remove(key);
    else
        m_values.insert(key, values);
}

void FilterSet::add(const QString &key, const QString &value)
{
    removeExcluded(key, value);
    QStringList &list = m_values[key];
    if (!list.contains(value))
        list.append(value);
}

void FilterSet::clear(const QString &key)
{
    m_values.remove(key);
    m_excluded.remove(key);
}

void FilterSet::exclude(const QString &key, const QString &value)
{
    remove(key, value);
    QStringList &list = m_excluded[key];
    if (!list.contains(value))
        list.append(value);
}

void FilterSet::removeExcluded(const QString &key, const QString &value)
{
    auto it = m_excluded.find(key);
    if (it == m_excluded.end())
        return;
    it->removeAll(value);
    if (it->isEmpty())
        m_excluded.erase(it);
}

void FilterSet::setExcluded(const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        m_excluded.remove(key);
    else
        m_excluded.insert(key, values);
}

FilterSet FilterSet::without(const QString &key) const
{
    FilterSet out = *this;
    out.clear(key);
    return out;
}

void FilterSet::remove(const QString &key, const QString &value)
{
    auto it = m_values.find(key);
    if (it == m_values.end())
        return;
    it->removeAll(value);
    if (it->isEmpty())
        m_values.erase(it);
}

QJsonObject FilterSet::toJson() const
{
    QJsonObject o;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

QJsonObject FilterSet::excludeJson() const
{
    QJsonObject o;
    for (auto it = m_excluded.cbegin(); it != m_excluded.cend(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}

void FilterSet::writeTo(QJsonObject *request) const
{
    request->insert(QStringLiteral("filters"), toJson());
    if (hasExclusions())
        request->insert(QStringLiteral("exclude"), excludeJson());
}

bool FilterSet::readValues(const QJsonValue &json, const QString &what,
                           QMap<QString, QStringList> *out, QString *error)
{
    if (!json.isObject()) {
        *error = QStringLiteral("%1 must be an object").arg(what);
        return false;
    }
    const QJsonObject o = json.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!isKnownKey(it.key())) {
            *error = QStringLiteral("Unknown filter key: %1").arg(it.key());
            return false;
        }
        if (!it.value().isArray()) {
            *error = QStringLiteral("Filter %1 must be a list of strings").arg(it.key());
            return false;
        }
        QStringList values;
        for (const QJsonValue &v : it.value().toArray()) {
            if (!v.isString()) {
                *error = QStringLiteral("Filter %1 must be a list of strings").arg(it.key());
                return false;
            }
            values.append(v.toString());
        }
        if ((it.key() == QLatin1String("has_email") || it.key() == QLatin1String("has_phone"))) {
            for (const QString &v : values) {
                if (v != QLatin1String("true") && v != QLatin1String("false")) {
                    *error = QStringLiteral("Filter %1 takes \"true\" or \"false\"").arg(it.key());
                    return false;
                }
            }
        }
        if (statusKeys().contains(it.key())) {
            for (const QString &v : values) {
                if (!statusValues().contains(v)) {
                    *error = QStringLiteral("Filter %1 takes %2")
                                 .arg(it.key(), statusValues().join(QStringLiteral(", ")));
                    return false;
                }
            }
        }
        if (it.key() == QLatin1String("ids")) {
            if (values.isEmpty() || values.size() > api::kMaxBulkIds) {
                *error =
                    QStringLiteral("Filter ids takes 1 to %1 person ids").arg(api::kMaxBulkIds);
                return false;
            }
            for (const QString &v : values) {
                if (!json::isUuid(v)) {
                    *error = QStringLiteral("Filter ids takes person ids (UUIDs): %1").arg(v);
                    return false;
                }
            }
        }
        // An empty list is kept as given: in filters it matches nothing, as
        // the contract's OR over no values does; in exclude it leaves out none.
        out->insert(it.key(), values);
    }
    return true;
}

bool FilterSet::fromJson(const QJsonValue &json, FilterSet *out, QString *error)
{
    FilterSet result;
    if (!readValues(json, QStringLiteral("filters"), &result.m_values, error))
        return false;
    *out = result;
    return true;
}

bool FilterSet::fromRequest(const QJsonObject &request, FilterSet *out, QString *error)
{
    FilterSet result;
    const QJsonValue filters = request.value(QStringLiteral("filters"));
    if (!filters.isUndefined() &&
        !readValues(filters, QStringLiteral("filters"), &result.m_values, error))
        return false;
    const QJsonValue exclude = request.value(QStringLiteral("exclude"));
    if (!exclude.isUndefined()) {
        QMap<QString, QStringList> excluded;
        if (!readValues(exclude, QStringLiteral("exclude"), &excluded, error))
            return false;
        // Excluding nothing of a key is no exclusion.
        for (auto it = excluded.cbegin(); it != excluded.cend(); ++it)
            result.setExcluded(it.key(), it.value());
    }
    *out = result;
    return true;
}

const QStringList &SortSpec::sortableKeys()
{
    static const QStringList keys =
        QStringList{QStringLiteral("first_name"), QStringLiteral("last_name"),
                    QStringLiteral("created_at")} +
        FilterSet::exactKeys();
    return keys;
}

QJsonObject SortSpec::toJson() const
{
    return {
        {QStringLiteral("key"), key},
        {QStringLiteral("direction"), descending ? QStringLiteral("desc") : QStringLiteral("asc")}};
}

bool SortSpec::fromJson(const QJsonValue &json, SortSpec *out, QString *error)
{
    if (json.isNull() || json.isUndefined()) {
        *out = {};
        return true;
    }
    if (!json.isObject()) {
        *error = QStringLiteral("sort must be an object");
        return false;
    }
    const QJsonObject o = json.toObject();
    const QJsonValue key = o.value(QStringLiteral("key"));
    if (!key.isString() || !sortableKeys().contains(key.toString())) {
        *error = QStringLiteral("Unknown sort key");
        return false;
    }
    const QJsonValue dir = o.value(QStringLiteral("direction"));
    if (!dir.isUndefined() && dir != QLatin1String("asc") && dir != QLatin1String("desc")) {
        *error = QStringLiteral("sort direction must be \"asc\" or \"desc\"");
        return false;
    }
    out->key = key.toString();
    out->descending = dir == QLatin1String("desc");
    return true;
}

} // namespace lance
