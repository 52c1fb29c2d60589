package dev.cloudfit.assess.collect.perf;

import java.time.Instant;

/**
 * After each poll of a continuous collection: polls done, 10-minute peak points stored in all, and
 * the end of the last bucket flushed (null before the first).
 */
public record ContinuousProgress(int polls, long peaksStored, Instant flushedUntil) {
}
