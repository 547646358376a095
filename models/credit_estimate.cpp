#include "credit_estimate.h"

#include <QJsonArray>

namespace lance {

void CreditEstimate::price(qint64 costPerFoundContact)
{
    costPerFound = costPerFoundContact;
    fresh = selected - pending - finished;
    maxCost = fresh * costPerFound;
}

QJsonObject CreditEstimate::toJson() const
{
    return {{QStringLiteral("field"), fieldName(field)},
            {QStringLiteral("selected"), selected},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("new"), fresh},
            {QStringLiteral("costPerFound"), costPerFound},
            {QStringLiteral("maxCost"), maxCost},
            {QStringLiteral("balance"), balance},
            {QStringLiteral("held"), held},
            {QStringLiteral("newIds"), QJsonArray::fromStringList(newIds)},
            {QStringLiteral("onFile"), onFile},
            {QStringLiteral("onFileIds"), QJsonArray::fromStringList(onFileIds)}};
}

bool CreditEstimate::fromJson(const QJsonObject &o, CreditEstimate *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    CreditEstimate e;
    if (!parseField(o.value(QStringLiteral("field")).toString(), &e.field))
        return fail(QStringLiteral("field"));
    const std::pair<const char *, qint64 *> numbers[] = {
        {"selected", &e.selected},         {"finished", &e.finished},
        {"pending", &e.pending},           {"new", &e.fresh},
        {"costPerFound", &e.costPerFound}, {"maxCost", &e.maxCost},
        {"balance", &e.balance},           {"held", &e.held}};
    // Far beyond any real count or balance, and small enough that the sums
    // and differences below cannot overflow (a hostile answer found by
    // fuzzing otherwise could).
    constexpr qint64 kLimit = qint64(1) << 50;
    for (const auto &[name, target] : numbers) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (!v.isDouble() || v.toDouble() > double(kLimit) || v.toDouble() < -double(kLimit))
            return fail(QLatin1String(name));
        *target = v.toInteger();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("newIds")).toArray()) {
        if (!v.isString())
            return fail(QStringLiteral("newIds"));
        e.newIds << v.toString();
    }
    // Optional (feature on_file): a plain server leaves both out.
    const QJsonValue onFile = o.value(QStringLiteral("onFile"));
    if (!onFile.isUndefined()) {
        if (!onFile.isDouble() || onFile.toDouble() > double(kLimit))
            return fail(QStringLiteral("onFile"));
        e.onFile = onFile.toInteger();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("onFileIds")).toArray()) {
        if (!v.isString())
            return fail(QStringLiteral("onFileIds"));
        e.onFileIds << v.toString();
    }
    // Counts that contradict each other would mislead the rep into paying.
    if (e.selected < 0 || e.fresh < 0 || e.fresh != e.selected - e.finished - e.pending ||
        e.onFile < 0 || e.onFile > e.fresh || e.onFileIds.size() > e.onFile)
        return fail(QStringLiteral("counts"));
    *out = e;
    return true;
}

} // namespace lance
