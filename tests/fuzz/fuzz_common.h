#pragma once

// Shared by the fuzz harnesses (fuzz_engine_request.cpp,
// fuzz_client_response.cpp) and the standalone corpus runner.
//
// Each harness defines the libFuzzer entry points and, for the corpus runner,
// LanceFuzzLastOutcome(): a short word for what the last input produced
// ("400", "api", ...), which the runner compares with the expectation a
// corpus file's name starts with.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" const char *LanceFuzzLastOutcome();

namespace lance::fuzz {

// An invariant broke: print what and abort, so libFuzzer saves the input as
// a crash and the corpus runner fails. abort() rather than an exception or
// an exit code: both drivers treat a signal as a finding.
[[noreturn]] inline void violation(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "INVARIANT VIOLATED: %s\n%s\n", what, detail.left(2000).constData());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, const char *what, const QByteArray &detail = {})
{
    if (!ok)
        violation(what, detail);
}

} // namespace lance::fuzz
