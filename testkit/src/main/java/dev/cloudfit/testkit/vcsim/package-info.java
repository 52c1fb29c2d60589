/**
 * govmomi's vCenter simulator for tests: built once per machine from the project's
 * {@code main.go} with Debian's Go and govmomi sources, started per test class on a free
 * loopback port with HTTPS, trusted through its own certificate only.
 */
package dev.cloudfit.testkit.vcsim;
