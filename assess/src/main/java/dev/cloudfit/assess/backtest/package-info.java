/**
 * The sizing backtest: size each VM on the history before a held-out period, then count the held-out samples
 * whose demand exceeded the chosen size's capacity. Evidence for the percentile and comfort factor, never the
 * assessment's answer (which sizes on the full history).
 */
package dev.cloudfit.assess.backtest;
