package dev.cloudfit.reports.plan.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;

/**
 * What is signed, and how: Ed25519 over {@code cloudfit plan signature v1\n<workbook id>\n<manifest
 * digest>\n}. The manifest digest already covers the model version and every plan row's
 * fingerprints, so a change to any assessed fact changes what was signed.
 */
public final class PlanSignature {

    public static final String ALGORITHM = "Ed25519";
    private static final String DOMAIN = "cloudfit plan signature v1";

    private PlanSignature() {
    }

    static byte[] message(UUID workbookId, String manifestDigest) {
        return (DOMAIN + "\n" + workbookId + "\n" + manifestDigest + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String sign(PrivateKey key, UUID workbookId, String manifestDigest) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(message(workbookId, manifestDigest));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code signatureBase64} is {@code key}'s signature of this workbook's manifest. */
    public static boolean verify(PublicKey key, UUID workbookId, String manifestDigest, String signatureBase64) {
        try {
            byte[] signature = Base64.getDecoder().decode(signatureBase64.trim());
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(message(workbookId, manifestDigest));
            return s.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false; // not Base64, or not a signature of this algorithm: not valid either way
        }
    }
}
