/** Trusting exactly one server certificate: never "trust all", not even in tests. */
package dev.cloudfit.testkit.tls;
