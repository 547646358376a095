#include "enrichment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace lance {

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString fieldName(ContactField f)
{
    return f == ContactField::Emails ? QStringLiteral("emails") : QStringLiteral("phones");
}

bool parseField(const QString &text, ContactField *out)
{
    if (text == QLatin1String("emails"))
        *out = ContactField::Emails;
    else if (text == QLatin1String("phones"))
        *out = ContactField::Phones;
    else
        return false;
    return true;
}

QString statusText(EnrichmentStatus s, bool dataFound)
{
    switch (s) {
    case EnrichmentStatus::Pending:
        return QCoreApplication::translate("lance::Enrichment", "Pending");
    case EnrichmentStatus::Finished:
        return dataFound ? QCoreApplication::translate("lance::Enrichment", "Found")
                         : QCoreApplication::translate("lance::Enrichment", "Not found");
    case EnrichmentStatus::Failed:
        return QCoreApplication::translate("lance::Enrichment", "Failed");
    case EnrichmentStatus::Timeout:
        return QCoreApplication::translate("lance::Enrichment", "Timed out");
    case EnrichmentStatus::Cancelled:
        return QCoreApplication::translate("lance::Enrichment", "Cancelled");
    }
    return {};
}

QString statusName(EnrichmentStatus s)
{
    switch (s) {
    case EnrichmentStatus::Pending:
        return QStringLiteral("pending");
    case EnrichmentStatus::Finished:
        return QStringLiteral("finished");
    case EnrichmentStatus::Failed:
        return QStringLiteral("failed");
    case EnrichmentStatus::Timeout:
        return QStringLiteral("timeout");
    case EnrichmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool parseStatus(const QString &text, EnrichmentStatus *out)
{
    for (auto s : {EnrichmentStatus::Pending, EnrichmentStatus::Finished, EnrichmentStatus::Failed,
                   EnrichmentStatus::Timeout, EnrichmentStatus::Cancelled}) {
        if (statusName(s) == text) {
            *out = s;
            return true;
        }
    }
    return false;
}

QJsonObject Enrichment::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("updatedAt"), updatedAt},
        {QStringLiteral("entityId"), entityId},
        {QStringLiteral("entityType"), entityType},
        {QStringLiteral("field"), fieldName(field)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("error"), nullable(error)},
        {QStringLiteral("dataFound"),
         dataFound < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(dataFound == 1)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("globalEnrichmentId"), nullable(globalEnrichmentId)},
        {QStringLiteral("creditTransactionId"), nullable(creditTransactionId)},
    };
    if (!value.isNull() && !value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void Enrichment::appendJson(QByteArray &out) const
{
    auto key = [&out](const char *name) { out.append('"').append(name).append("\":"); };
    auto text = [&](const char *name, const QString &v) {
        key(name);
        appendJsonString(out, v);
        out.append(',');
    };
    auto nullableText = [&](const char *name, const QString &v) {
        key(name);
        if (v.isEmpty())
            out.append("null");
        else
            appendJsonString(out, v);
        out.append(',');
    };
    out.append('{');
    text("createdAt", createdAt);
    text("createdBy", createdBy);
    nullableText("creditTransactionId", creditTransactionId);
    key("dataFound");
    out.append(dataFound < 0 ? "null" : dataFound == 1 ? "true" : "false").append(',');
    text("entityId", entityId);
    text("entityType", entityType);
    nullableText("error", error);
    text("field", fieldName(field));
    nullableText("globalEnrichmentId", globalEnrichmentId);
    text("id", id);
    text("orgId", orgId);
    text("status", statusName(status));
    key("updatedAt");
    appendJsonString(out, updatedAt);
    if (value.isObject() || value.isArray()) {
        out.append(",\"value\":");
        out.append(value.isObject()
                       ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    } else if (value.isString()) {
        out.append(",\"value\":");
        appendJsonString(out, value.toString());
    } else if (value.isDouble() || value.isBool()) {
        out.append(",\"value\":");
        out.append(
            QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
    out.append('}');
}

bool Enrichment::fromJson(const QJsonObject &o, Enrichment *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Enrichment e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.entityId = o.value(QStringLiteral("entityId")).toString();
    if (e.id.isEmpty() || e.entityId.isEmpty())
        return fail(QStringLiteral("enrichment without id or entityId"));
    if (!parseField(o.value(QStringLiteral("field")).toString(), &e.field))
        return fail(QStringLiteral("enrichment with an unknown field"));
    if (!parseStatus(o.value(QStringLiteral("status")).toString(), &e.status))
        return fail(QStringLiteral("enrichment with an unknown status"));
    e.createdAt = o.value(QStringLiteral("createdAt")).toString();
    e.updatedAt = o.value(QStringLiteral("updatedAt")).toString();
    e.entityType = o.value(QStringLiteral("entityType")).toString(QStringLiteral("person"));
    e.error = o.value(QStringLiteral("error")).toString();
    const QJsonValue found = o.value(QStringLiteral("dataFound"));
    e.dataFound = found.isBool() ? (found.toBool() ? 1 : 0) : -1;
    e.createdBy = o.value(QStringLiteral("createdBy")).toString();
    e.orgId = o.value(QStringLiteral("orgId")).toString();
    e.globalEnrichmentId = o.value(QStringLiteral("globalEnrichmentId")).toString();
    e.creditTransactionId = o.value(QStringLiteral("creditTransactionId")).toString();
    e.value = o.value(QStringLiteral("value"));
    *out = e;
    return true;
}

} // namespace lance
