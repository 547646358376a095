#pragma once

#include <QtGlobal>

#include <climits>

namespace lance {

// The n of tr("%Ln lead(s)", nullptr, n), which takes an int: counts past
// the int range read as its end rather than wrapping into a negative number.
inline int countOf(qint64 n)
{
    return int(qBound(qint64(INT_MIN), n, qint64(INT_MAX)));
}

} // namespace lance
