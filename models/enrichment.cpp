#include "enrichment.h"

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

QString statusName(EnrichmentStatus s)
{
    switch (s) {
    case EnrichmentStatus::Pending: return QStringLiteral("pending");
    case EnrichmentStatus::Finished: return QStringLiteral("finished");
    case EnrichmentStatus::Failed: return QStringLiteral("failed");
    case EnrichmentStatus::Timeout: return QStringLiteral("timeout");
    case EnrichmentStatus::Cancelled: return QStringLiteral("cancelled");
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
        {QStringLiteral("dataFound"), dataFound < 0 ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(dataFound == 1)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("globalEnrichmentId"), nullable(globalEnrichmentId)},
        {QStringLiteral("creditTransactionId"), nullable(creditTransactionId)},
    };
    if (!value.isNull() && !value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
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
