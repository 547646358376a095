#include "lead.h"

#include <QJsonArray>

namespace lance {

namespace {
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString())
            out.append(item.toString());
    return out;
}
} // namespace

QJsonObject Lead::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("firstName"), firstName},
        {QStringLiteral("lastName"), lastName},
        {QStringLiteral("jobTitle"), jobTitle},
        {QStringLiteral("seniority"), seniority},
        {QStringLiteral("department"), department},
        {QStringLiteral("company"), company},
        {QStringLiteral("industry"), industry},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
        {QStringLiteral("linkedinUrl"), linkedinUrl},
        {QStringLiteral("emails"), QJsonArray::fromStringList(emails)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(phones)},
        {QStringLiteral("createdAt"), createdAt},
        {QStringLiteral("updatedAt"), updatedAt},
    };
}

bool Lead::fromJson(const QJsonObject &o, Lead *out, QString *error)
{
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        if (error)
            *error = QStringLiteral("lead without an id");
        return false;
    }
    Lead l;
    l.id = id.toString();
    l.firstName = o.value(QStringLiteral("firstName")).toString();
    l.lastName = o.value(QStringLiteral("lastName")).toString();
    l.jobTitle = o.value(QStringLiteral("jobTitle")).toString();
    l.seniority = o.value(QStringLiteral("seniority")).toString();
    l.department = o.value(QStringLiteral("department")).toString();
    l.company = o.value(QStringLiteral("company")).toString();
    l.industry = o.value(QStringLiteral("industry")).toString();
    l.city = o.value(QStringLiteral("city")).toString();
    l.country = o.value(QStringLiteral("country")).toString();
    l.linkedinUrl = o.value(QStringLiteral("linkedinUrl")).toString();
    l.emails = stringList(o.value(QStringLiteral("emails")));
    l.phones = stringList(o.value(QStringLiteral("phones")));
    l.createdAt = o.value(QStringLiteral("createdAt")).toString();
    l.updatedAt = o.value(QStringLiteral("updatedAt")).toString();
    const QJsonValue enrichment = o.value(QStringLiteral("enrichment"));
    if (enrichment.isObject()) {
        l.outcomeKnown = true;
        const QJsonObject e = enrichment.toObject();
        const auto status = [&e](const char *field) {
            return e.value(QLatin1String(field))
                .toObject()
                .value(QStringLiteral("status"))
                .toString();
        };
        l.emailOutcome = status("emails");
        l.phoneOutcome = status("phones");
    }
    *out = l;
    return true;
}

} // namespace lance
