/**
 * Performance history from vCenter into a workspace: {@link dev.cloudfit.assess.collect.perf.PerfHistoryCollector}
 * reads the historical rollups (5 min for a day, 30 min for a week, 2 h for a month) for the
 * missing time only and streams them into the store; {@link dev.cloudfit.assess.collect.perf.ContinuousCollector}
 * keeps polling the 20 s realtime samples and stores 10-minute peaks.
 */
package dev.cloudfit.assess.collect.perf;
