package dev.cloudfit.reports.plan.signing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs workbooks with one Ed25519 key pair. The private key stays in its key folder (see
 * {@link SigningKeyFolder}); only the signature and the public key's fingerprint go into a workbook.
 */
public final class PlanSigner {

    private final KeyPair keys;
    private final KeyFingerprint fingerprint;

    public PlanSigner(KeyPair keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
        if (!PlanSignature.ALGORITHM.equals(keys.getPublic().getAlgorithm())
                && !"EdDSA".equals(keys.getPublic().getAlgorithm())) {
            throw new IllegalArgumentException("plan signing keys are Ed25519, not " + keys.getPublic().getAlgorithm());
        }
        this.fingerprint = KeyFingerprint.of(keys.getPublic());
    }

    /** A fresh key pair held in memory only (tests, or a folder being created). */
    public static PlanSigner generate() {
        try {
            return new PlanSigner(KeyPairGenerator.getInstance(PlanSignature.ALGORITHM).generateKeyPair());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
    }

    public KeyFingerprint fingerprint() {
        return fingerprint;
    }

    KeyPair keys() {
        return keys;
    }

    /** The keys this signer's own workbooks verify against: just its public key. */
    public TrustedKeys trustedKeys() {
        return TrustedKeys.of(keys.getPublic());
    }

    /** Base64 signature of a workbook's manifest digest. */
    public String sign(UUID workbookId, String manifestDigest) {
        return PlanSignature.sign(keys.getPrivate(), workbookId, manifestDigest);
    }
}
