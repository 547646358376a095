#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lance::json {

// The value checks the contract's request bodies need, shared by every
// decoder of them.

// 8-4-4-4-12 hex digits.
bool isUuid(const QString &s);
bool isUuid(const QJsonValue &v);
// A JSON number that is a whole number within [min, max].
bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 *out);
// Appends the UUID strings of `array`, lower-cased; false when any is not one.
bool uuidList(const QJsonArray &array, QStringList *out);

} // namespace lance::json
