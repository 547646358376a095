// The corpus runner: a main() for a fuzz harness built without libFuzzer
// (any compiler), so the normal test suite runs the hand-written corpus
// through exactly the code the fuzzer calls.
//
//   fuzz_engine_request_corpus <file-or-directory>...
//
// Every file goes through LLVMFuzzerTestOneInput() once, in name order. A
// broken invariant aborts (the harness calls abort()). Each file's name
// starts with the outcome it must have, up to the first '-':
// "400-deep-nesting" must be answered 400 by the engine, "api-..." must
// decode as an API error on the client; the runner fails on any mismatch
// and on a file without such a prefix.

#include "fuzz_common.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <corpus file or directory>...\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);

    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no corpus files found\n");
        return 1;
    }

    int failures = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "FAIL %s: cannot read\n", qPrintable(path));
            ++failures;
            continue;
        }
        const QByteArray data = file.readAll();
        const QString name = QFileInfo(path).fileName();
        const qsizetype dash = name.indexOf(QLatin1Char('-'));
        if (dash <= 0) {
            std::fprintf(stderr, "FAIL %s: name does not start with an expected outcome\n",
                         qPrintable(name));
            ++failures;
            continue;
        }
        // Named before it runs, so an abort shows which file it was.
        std::printf("run  %s\n", qPrintable(name));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                               size_t(data.size()));
        const QString outcome = QString::fromLatin1(LanceFuzzLastOutcome());
        if (outcome != name.left(dash)) {
            std::fprintf(stderr, "FAIL %s: got %s\n", qPrintable(name), qPrintable(outcome));
            ++failures;
        } else {
            std::printf("ok   %s (%lld bytes)\n", qPrintable(name), qint64(data.size()));
        }
    }
    std::printf("%lld files, %d failed\n", qint64(files.size()), failures);
    return failures == 0 ? 0 : 1;
}
