/** Starting, watching and stopping the external processes the harness runs, and where their tools live. */
package dev.cloudfit.testkit.process;
