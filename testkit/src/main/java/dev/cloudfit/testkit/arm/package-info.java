/**
 * A local Azure Resource Manager for tests: HTTPS on loopback, the few ARM endpoints cloudfit's
 * migrate adapter uses (managed disks with their upload states, networks, NICs, VMs, template
 * deployments, Resource SKUs, usages, asynchronous operations), Azure's rules where cloudfit relies
 * on them, and faults on demand. Upload SAS URLs point at a real Azurite.
 */
package dev.cloudfit.testkit.arm;
