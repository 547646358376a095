#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace lance {

enum class ContactField
{
    Emails,
    Phones
};
enum class EnrichmentStatus
{
    Pending,
    Finished,
    Failed,
    Timeout,
    Cancelled
};

QString fieldName(ContactField f);
// Accepts "emails" / "phones" only; returns false otherwise.
bool parseField(const QString &text, ContactField *out);
QString statusName(EnrichmentStatus s);
// What a rep reads for an enrichment's outcome ("Pending", "Found", "Not
// found", "Failed", "Timed out", "Cancelled"), translated: the table's
// status cells and the details pane say the same words.
QString statusText(EnrichmentStatus s, bool dataFound);
bool parseStatus(const QString &text, EnrichmentStatus *out);
// Pending and finished enrichments are reused instead of creating new ones.
inline bool isReusable(EnrichmentStatus s)
{
    return s == EnrichmentStatus::Pending || s == EnrichmentStatus::Finished;
}

// One enrichment as the API describes it ("The Enrichment object").
struct Enrichment
{
    QString id;
    QString createdAt;
    QString updatedAt;
    QString entityId;
    QString entityType = QStringLiteral("person");
    ContactField field = ContactField::Emails;
    EnrichmentStatus status = EnrichmentStatus::Pending;
    QString error;      // empty means null
    int dataFound = -1; // -1 null, 0 false, 1 true
    QString createdBy;
    QString orgId;
    QString globalEnrichmentId;  // empty means null
    QString creditTransactionId; // empty means null
    QJsonValue value = QJsonValue::Null;

    QJsonObject toJson() const;
    // Appends the same JSON as toJson() as compact text. The engine answers
    // every poll with hundreds of these; writing text directly is several
    // times faster than building QJsonObjects.
    void appendJson(QByteArray &out) const;
    static bool fromJson(const QJsonObject &o, Enrichment *out, QString *error = nullptr);
};

// Appends `s` as a JSON string literal, quotes and escapes included.
void appendJsonString(QByteArray &out, const QString &s);

// The one key for a (person, field), "<person id>|emails": what the poller
// tracks, the session remembers and the engine matches a query by. It is
// also the primary key of the app's tracking file (PendingStore), so its
// format is kept as the files already written have it.
inline QString enrichmentKey(const QString &personId, ContactField field)
{
    return personId + QLatin1Char('|') + fieldName(field);
}

} // namespace lance

Q_DECLARE_METATYPE(lance::Enrichment)
