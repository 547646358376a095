#pragma once

// Shared by the client tests: runs one asynchronous LanceClient call to its
// answer, and checks that answer with the client's own message on failure.

#include "lance_client.h"

#include <QEventLoop>
#include <QTimer>
#include <QtTest>

namespace lance::test {

// A call that never answers comes back as a timeout error, which the test
// then reports, instead of hanging the suite.
template <typename T, typename Call> Result<T> wait(Call call)
{
    std::optional<Result<T>> out;
    QObject context;
    QEventLoop loop;
    call(&context, [&](const Result<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (out)
        return *out;
    Result<T> timedOut;
    ClientError e;
    e.kind = ClientError::Kind::Timeout;
    e.message = QStringLiteral("test: no answer within 60 s");
    timedOut.error = e;
    return timedOut;
}

} // namespace lance::test

// Fails the test, with the client's message, unless the call succeeded.
#define REQUIRE_OK(r) QVERIFY2((r).ok(), qPrintable((r).error ? (r).error->message : QString()))
// Fails the test unless the call failed (so its error can be read).
#define REQUIRE_ERROR(r) QVERIFY2(!(r).ok() && (r).error.has_value(), "expected an error")
