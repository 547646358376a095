#pragma once

namespace lance {

// How long to wait before try number `attempt` (1-based) after a failure:
// full jitter over an exponential ceiling (baseMs, 2 x baseMs, … capped at
// maxMs), and never sooner than the server's Retry-After. The jitter keeps
// many clients that failed together from coming back together; it draws
// from the upper half of the ceiling so a retry is never instant.
// `unitRandom` is a number in [0, 1], drawn by the caller (the app passes
// QRandomGenerator; tests pass the extremes).
int retryDelayMs(int attempt, int baseMs, int maxMs, int retryAfterS, double unitRandom);

// The same with a random draw from QRandomGenerator::global().
int retryDelayMs(int attempt, int baseMs, int maxMs, int retryAfterS);

} // namespace lance
