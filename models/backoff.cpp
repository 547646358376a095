#include "backoff.h"

#include <QRandomGenerator>
#include <QtGlobal>

#include <limits>

namespace lance {

int retryDelayMs(int attempt, int baseMs, int maxMs, int retryAfterS, double unitRandom)
{
    // The shift is capped so that a long outage cannot overflow it.
    const qint64 exponential = qint64(baseMs) << qBound(0, attempt - 1, 16);
    const int ceiling = int(qMin<qint64>(maxMs, exponential));
    const int jittered = ceiling / 2 + int(qBound(0.0, unitRandom, 1.0) * (ceiling / 2));
    const qint64 asked =
        qBound(qint64(0), qint64(retryAfterS) * 1000, qint64(std::numeric_limits<int>::max()));
    return int(qMax<qint64>(jittered, asked));
}

int retryDelayMs(int attempt, int baseMs, int maxMs, int retryAfterS)
{
    return retryDelayMs(attempt, baseMs, maxMs, retryAfterS,
                        QRandomGenerator::global()->generateDouble());
}

} // namespace lance
