#include "api_error.h"

namespace lance {

QJsonObject ApiError::toJson() const
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return QJsonObject{{QStringLiteral("error"), error}};
}

bool ApiError::fromJson(const QJsonObject &body, int status, ApiError *out)
{
    const QJsonValue error = body.value(QStringLiteral("error"));
    if (!error.isObject())
        return false;
    const QJsonObject e = error.toObject();
    if (!e.value(QStringLiteral("code")).isString())
        return false;
    out->httpStatus = status;
    out->code = e.value(QStringLiteral("code")).toString();
    out->message = e.value(QStringLiteral("message")).toString();
    out->details = e.value(QStringLiteral("details")).toObject();
    return true;
}

ApiError ApiError::validation(const QString &message, const QJsonObject &details)
{
    return {400, QString::fromLatin1(ValidationError), message, details};
}

ApiError ApiError::notFound(const QString &message)
{
    return {404, QString::fromLatin1(NotFound), message, {}};
}

ApiError ApiError::internal(const QString &message)
{
    return {500, QString::fromLatin1(InternalError), message, {}};
}

} // namespace lance
