/**
 * Azurite, Microsoft's Azure Storage emulator, for tests: its blob service on a free loopback
 * port with a private data directory, addressed through the well-known development account.
 */
package dev.cloudfit.testkit.azurite;
