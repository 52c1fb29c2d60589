package dev.cloudfit.assess.sizing.readiness;

import java.util.Objects;

/**
 * One thing the assessment found about a VM. {@code id} is cloudfit's stable identifier
 * ({@code azure.boot.uefi-legacy-windows}); {@code code} is the nearest Azure Migrate explanation code
 * ({@code BootTypeNotSupported}) or a cloudfit code when Azure Migrate has none; {@code subject} names
 * the disk or NIC concerned, or is empty for the VM itself.
 */
public record Finding(String id, String code, Severity severity, String subject, String message, String remedy) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }

    public static Finding of(String id, String code, Severity severity, String message, String remedy) {
        return new Finding(id, code, severity, "", message, remedy);
    }
}
