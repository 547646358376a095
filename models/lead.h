#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lance {

// One lead (a person) as the search endpoint returns it.
struct Lead
{
    QString id;
    QString firstName;
    QString lastName;
    QString jobTitle;
    QString seniority;
    QString department;
    QString company;
    QString industry;
    QString city;
    QString country;
    QString linkedinUrl;
    QStringList emails;
    QStringList phones;
    QString createdAt;
    QString updatedAt;
    // The caller organization's newest enrichment of each field, as the
    // server reports it (feature lead_status): "found", "not_found",
    // "pending", "failed", "timeout" or "cancelled"; empty when never
    // enriched. outcomeKnown is false when the server did not say (a plain
    // Lance server): then an empty outcome means "not told", not "never".
    QString emailOutcome;
    QString phoneOutcome;
    bool outcomeKnown = false;

    QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, Lead *out, QString *error = nullptr);
};

} // namespace lance

Q_DECLARE_METATYPE(lance::Lead)
