#include "iso_time.h"

#include <QTimeZone>

namespace lance {

QString toIsoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString toIsoTimeMs(qint64 msecsSinceEpoch)
{
    return toIsoTime(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()));
}

QDateTime fromIsoTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace lance
