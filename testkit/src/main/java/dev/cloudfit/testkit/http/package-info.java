/** Scripted plain-HTTP servers on loopback, for tests of clients facing broken or hostile servers. */
package dev.cloudfit.testkit.http;
