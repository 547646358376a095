#pragma once

#include <QJsonObject>
#include <QString>

namespace lance {

// The contract's error envelope: {"error": {"code", "message", "details"}}.
struct ApiError
{
    int httpStatus = 0;
    QString code;
    QString message;
    QJsonObject details;

    static constexpr auto ValidationError = "VALIDATION_ERROR";
    static constexpr auto Unauthorized = "UNAUTHORIZED";
    static constexpr auto InsufficientCredits = "INSUFFICIENT_CREDITS";
    static constexpr auto NotFound = "NOT_FOUND";
    static constexpr auto InternalError = "INTERNAL_ERROR";
    static constexpr auto PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    static constexpr auto MethodNotAllowed = "METHOD_NOT_ALLOWED";
    static constexpr auto RateLimited = "RATE_LIMITED";
    static constexpr auto RequestTimeout = "REQUEST_TIMEOUT";
    static constexpr auto HeadersTooLarge = "HEADERS_TOO_LARGE";

    QJsonObject toJson() const;
    // Decodes an envelope; returns false when the body is not one.
    static bool fromJson(const QJsonObject &body, int httpStatus, ApiError *out);

    static ApiError validation(const QString &message, const QJsonObject &details = {});
    static ApiError notFound(const QString &message);
    static ApiError internal(const QString &message);
};

} // namespace lance
