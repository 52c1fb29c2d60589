/**
 * The approved plan as a signed contract: an Ed25519 key pair that never enters the workbook, the
 * signature over the manifest's closing digest, the key's fingerprint, and the keys a machine trusts.
 */
package dev.cloudfit.reports.plan.signing;
