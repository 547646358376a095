#pragma once

#include <QDateTime>
#include <QString>

namespace lance {

// The API's timestamp form: ISO 8601, UTC, milliseconds, "Z" suffix.
QString toIsoTime(const QDateTime &t);
QString toIsoTimeMs(qint64 msecsSinceEpoch);
// Returns an invalid QDateTime when the text is not a timestamp.
QDateTime fromIsoTime(const QString &text);

} // namespace lance
