#include "json_checks.h"

#include <cmath>

namespace lance::json {

bool isUuid(const QString &s)
{
    // Checked by hand: a poll validates 200 ids per request, and a regular
    // expression match costs several times more.
    if (s.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = s.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                     (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

bool isUuid(const QJsonValue &v)
{
    return v.isString() && isUuid(v.toString());
}

bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return false;
    *out = qint64(d);
    return true;
}

bool uuidList(const QJsonArray &array, QStringList *out)
{
    for (const QJsonValue &v : array) {
        if (!isUuid(v))
            return false;
        out->append(v.toString().toLower());
    }
    return true;
}

} // namespace lance::json
