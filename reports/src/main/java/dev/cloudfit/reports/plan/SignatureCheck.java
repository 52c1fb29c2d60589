package dev.cloudfit.reports.plan;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.plan.signing.KeyFingerprint;
import dev.cloudfit.reports.plan.signing.PlanSignature;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import dev.cloudfit.reports.plan.signing.TrustedKeys;
import java.security.PublicKey;

/**
 * The manifest's signature against the keys this machine trusts. Refused, each with why: no
 * signature (unsigned or stripped), a key this machine does not trust (signed elsewhere, or
 * re-signed by someone who changed the plan), a signature that does not match the digest (the
 * plan was changed and its digests recomputed after signing).
 */
final class SignatureCheck {

    private final InputLocation where;
    private final TrustedKeys trusted;

    SignatureCheck(InputLocation where, TrustedKeys trusted) {
        this.where = where;
        this.trusted = trusted;
    }

    KeyFingerprint verify(Manifest manifest) {
        if (manifest.signingKey() == null || manifest.signature() == null) {
            throw new BadInputException(where, "the Migration Plan is not signed (written by an older cloudfit, or the"
                    + " signature was removed); re-create the workbook with cloudfit assess");
        }
        KeyFingerprint key = KeyFingerprint.parse(manifest.signingKey()).orElseThrow(() -> new BadInputException(where,
                "the manifest names no valid signing key; re-create the workbook with cloudfit assess"));
        PublicKey publicKey = trusted.find(key).orElseThrow(() -> new BadInputException(where,
                "the Migration Plan was signed by key " + key + ", which this machine does not trust (trusted: "
                        + trusted.describe() + "); if that key is the assessor's, put their "
                        + SigningKeyFolder.PUBLIC_KEY + " in " + SigningKeyFolder.TRUSTED + "/ of the key folder"));
        if (!PlanSignature.verify(publicKey, manifest.workbookId(), manifest.digest(), manifest.signature())) {
            throw new BadInputException(where, "the signature by key " + key + " does not match the Migration Plan:"
                    + " its assessed facts or digests were changed after signing; re-create the workbook with cloudfit assess");
        }
        return key;
    }
}
