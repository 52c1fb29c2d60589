package dev.cloudfit.assess.sizing.iaas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.HyperVGeneration;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.sizing.disk.DiskNeed;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The numeric check the sizer uses in its loop gives {@link SizeCheck#fits}'s answer for every size. */
class SizingFastCheckTest {

    @Test
    void sizeLimitsFitsAgreesWithSizeCheckOnEveryCatalogSizeForVariedNeeds() {
        SplittableRandom r = new SplittableRandom(7);
        List<VmSizeSpec> sizes = AzureCatalog.bundled().vmSizes();
        int agreedFits = 0;
        for (int i = 0; i < 400; i++) {
            List<DiskNeed> disks = new ArrayList<>();
            int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 40 : 6);
            for (int d = 0; d < n; d++) {
                boolean measured = r.nextBoolean();
                disks.add(new DiskNeed("d" + d, DataSize.ofGibibytes(1 + r.nextInt(500)), d == 0,
                        measured ? OptionalDouble.of(r.nextDouble() * 20_000) : OptionalDouble.empty(),
                        measured ? OptionalDouble.of(r.nextDouble() * 800) : OptionalDouble.empty()));
            }
            VmNeeds needs = new VmNeeds(r.nextDouble() * 64, NeedSource.MEASURED, DataSize.ofGibibytes(r.nextDouble() * 512),
                    NeedSource.MEASURED, disks, 1 + r.nextInt(4),
                    r.nextBoolean() ? Optional.of(DataRate.ofMegabitsPerSecond(r.nextDouble() * 30_000)) : Optional.empty(),
                    r.nextBoolean() ? HyperVGeneration.V1 : HyperVGeneration.V2);
            boolean premium = r.nextBoolean();
            Demand demand = Demand.of(needs, premium);
            for (VmSizeSpec s : sizes) {
                boolean reference = SizeCheck.fits(s, needs, premium);
                assertThat(SizeLimits.of(s).fits(demand)).as("%s for needs %s premium %s", s.name(), needs, premium)
                        .isEqualTo(reference);
                agreedFits += reference ? 1 : 0;
            }
        }
        assertThat(agreedFits).isPositive(); // the needs are not all impossible
    }
}
