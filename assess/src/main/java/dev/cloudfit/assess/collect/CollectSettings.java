package dev.cloudfit.assess.collect;

import dev.cloudfit.core.error.BadInputException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything {@code cloudfit collect} was asked to do, checked once. The password is not here: it
 * travels as {@link dev.cloudfit.vsphere.session.Credentials} only. Defaults are pinned by a test.
 *
 * @param vcenter the vCenter as typed: {@code host}, {@code host:port} or an https URL
 * @param user the vCenter user
 * @param thumbprint the certificate thumbprint to pin, or null for the system trust store
 * @param days days of performance history to read, {@value #MIN_DAYS} to {@value #MAX_DAYS}
 * @param workspace the workspace folder (created when missing or empty)
 * @param parallel concurrent performance queries, {@value #MIN_PARALLEL} to {@value #MAX_PARALLEL}
 * @param exportParquet a folder to export the workspace to as Parquet afterwards, or null
 * @param pageSize VMs per property-collector page
 */
public record CollectSettings(String vcenter, String user, String thumbprint, int days, Path workspace, int parallel,
                              Path exportParquet, int pageSize) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MIN_DAYS = 1;
    /** vCenter keeps a year at its longest rollup (1 day); more cannot be had. */
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_PARALLEL = 4;
    public static final int MIN_PARALLEL = 1;
    /** vCenter's own guidance is a handful of concurrent statistics queries per client. */
    public static final int MAX_PARALLEL = 16;
    public static final int DEFAULT_PAGE_SIZE = 100;

    public CollectSettings {
        Objects.requireNonNull(workspace, "workspace");
        if (vcenter == null || vcenter.isBlank()) {
            throw new BadInputException("--vcenter is empty");
        }
        if (user == null || user.isBlank()) {
            throw new BadInputException("--user is empty");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new BadInputException("--days must be between " + MIN_DAYS + " and " + MAX_DAYS + ", not " + days);
        }
        if (parallel < MIN_PARALLEL || parallel > MAX_PARALLEL) {
            throw new BadInputException("--parallel must be between " + MIN_PARALLEL + " and " + MAX_PARALLEL
                    + ", not " + parallel);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + pageSize);
        }
    }

    /** @return settings with every default: no pin, {@value #DEFAULT_DAYS} days, {@value #DEFAULT_PARALLEL} queries, no export */
    public static CollectSettings of(String vcenter, String user, Path workspace) {
        return new CollectSettings(vcenter, user, null, DEFAULT_DAYS, workspace, DEFAULT_PARALLEL, null, DEFAULT_PAGE_SIZE);
    }
}
