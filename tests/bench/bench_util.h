#pragma once

// Shared by the benchmarks: how a figure is printed, how a benchmark that
// cannot measure stops, and the statistics they report.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace lance::bench {

inline void bench(const char *metric, double value)
{
    std::printf("BENCH %s %.2f\n", metric, value);
    std::fflush(stdout);
}

// A benchmark whose requests fail measures nothing: stop loudly.
[[noreturn]] inline void die(const char *what)
{
    std::fprintf(stderr, "bench: %s\n", what);
    std::exit(1);
}

// Runs the event loop until `done` holds; a benchmark that hangs measures
// nothing, so it gives up loudly.
inline void runUntil(const std::function<bool()> &done, int timeoutMs, const char *what)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            die(what);
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

inline double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

inline double median(const QList<double> &v)
{
    return percentile(v, 0.5);
}

} // namespace lance::bench
