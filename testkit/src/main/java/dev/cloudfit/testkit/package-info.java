/**
 * Test harness for the real components cloudfit talks to: govmomi's vCenter simulator
 * ({@link dev.cloudfit.testkit.vcsim}) and Azure's storage emulator Azurite
 * ({@link dev.cloudfit.testkit.azurite}), each started on a free loopback port and stopped after.
 *
 * <p>Nothing here is faked: tests speak the real wire protocols to real servers. When a tool is
 * missing the harness fails with a message that says to run {@code ./test}, which installs it;
 * it never skips silently.
 */
package dev.cloudfit.testkit;
