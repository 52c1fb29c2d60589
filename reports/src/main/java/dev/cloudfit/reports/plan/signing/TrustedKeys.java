package dev.cloudfit.reports.plan.signing;

import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The public keys whose signatures a machine accepts on an approved workbook, by fingerprint. */
public final class TrustedKeys {

    private final Map<KeyFingerprint, PublicKey> keys;

    private TrustedKeys(Map<KeyFingerprint, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    public static TrustedKeys of(PublicKey... keys) {
        return of(List.of(keys));
    }

    public static TrustedKeys of(List<PublicKey> keys) {
        Map<KeyFingerprint, PublicKey> byPrint = new LinkedHashMap<>();
        for (PublicKey k : keys) {
            byPrint.put(KeyFingerprint.of(k), k);
        }
        return new TrustedKeys(byPrint);
    }

    public Optional<PublicKey> find(KeyFingerprint fingerprint) {
        return Optional.ofNullable(keys.get(fingerprint));
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The fingerprints, sorted, for messages. */
    public String describe() {
        return keys.isEmpty() ? "none" : keys.keySet().stream().map(KeyFingerprint::value).sorted()
                .collect(Collectors.joining(", "));
    }
}
