package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.iaas.IaasResult;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.iaas.VmCandidate;
import dev.cloudfit.assess.sizing.iaas.VmNeeds;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.NicPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over random VMs against the whole bundled catalog, every size priced by a synthetic
 * (but deterministic, non-monotone across series) table, so "cheapest" is tested over all sizes.
 */
class SizingPropertiesTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final PriceSource EVERYTHING_PRICED = new SyntheticPrices(CATALOG);

    record Case(Vm vm, PerfSummary perf) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> vcpus = Arbitraries.of(1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64);
        Arbitrary<Integer> memGib = Arbitraries.of(1, 2, 4, 8, 12, 16, 24, 32, 64, 128, 256, 512);
        Arbitrary<Double> pct = Arbitraries.doubles().between(0, 100).ofScale(1);
        Arbitrary<List<Integer>> diskGib = Arbitraries.integers().between(1, 4000).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<Double>> diskIops = Arbitraries.doubles().between(0, 6000).ofScale(0).list().ofSize(8);
        Arbitrary<Double> netOut = Arbitraries.doubles().between(0, 400).ofScale(1);
        Arbitrary<Integer> nics = Arbitraries.integers().between(1, 4);
        Arbitrary<Boolean> uefi = Arbitraries.of(true, false);
        Arbitrary<Boolean> windows = Arbitraries.of(true, false);
        return Combinators.combine(vcpus, memGib, pct, pct, diskGib, diskIops, netOut, nics)
                .as((c, m, cpu, mem, disks, iops, out, nicCount) -> new Object[] {c, m, cpu, mem, disks, iops, out, nicCount})
                .flatMap(a -> Combinators.combine(uefi, windows).as((u, w) -> build(a, u, w)));
    }

    @SuppressWarnings("unchecked")
    private static Case build(Object[] a, boolean uefi, boolean windows) {
        Vm.Builder b = TestVms.vm("p", (Integer) a[0], (Integer) a[1])
                .firmware(uefi ? Firmware.EFI : Firmware.BIOS)
                .guestOs(new GuestOs(windows ? "Microsoft Windows Server 2022 (64-bit)" : "Ubuntu 22.04 LTS", null));
        List<Integer> disks = (List<Integer>) a[4];
        List<Double> iops = (List<Double>) a[5];
        b.disks(List.of());
        List<DiskPerf> diskPerf = new ArrayList<>();
        for (int i = 0; i < disks.size(); i++) {
            String label = "Hard disk " + (i + 1);
            b.disk(TestVms.disk(label, i == 0 ? Math.min(disks.get(i), 1000) : disks.get(i)));
            diskPerf.add(TestVms.diskPerf(label, iops.get(i) * 0.6, iops.get(i) * 0.4, iops.get(i) / 100, iops.get(i) / 200));
        }
        int nicCount = (Integer) a[7];
        List<NicPerf> nicPerf = new ArrayList<>();
        b.nics(List.of());
        for (int i = 0; i < nicCount; i++) {
            b.nic(TestVms.nic("Network adapter " + (i + 1)));
            nicPerf.add(TestVms.nicPerf("Network adapter " + (i + 1), 1, (Double) a[6] / nicCount));
        }
        Vm vm = b.build();
        return new Case(vm, TestVms.perf(vm, (Double) a[2], (Double) a[3], diskPerf, nicPerf));
    }

    private static boolean meetsEveryNeed(VmSizeSpec s, VmNeeds n, boolean premium) {
        return s.vcpus() + 1e-9 >= n.cores()
                && s.memory().compareTo(n.memory()) >= 0
                && (n.dataDisks() == 0 || s.maxDataDisks().orElse(-1) >= n.dataDisks())
                && (n.nics() <= 1 || s.maxNics().orElse(-1) >= n.nics())
                && (n.network().isEmpty() || n.network().get().bytesPerSecond() == 0
                    || s.networkBandwidth().map(bw -> bw.compareTo(n.network().get()) >= 0).orElse(false))
                && (n.totalIops() <= 1e-9 || s.uncachedDiskIops().orElse(-1) + 1e-9 >= n.totalIops())
                && (n.totalMbps() <= 1e-9 || s.uncachedDiskThroughput().map(t -> t.toMegabytesPerSecond() + 1e-9 >= n.totalMbps()).orElse(false))
                && (!premium || s.premiumStorage())
                && s.supports(n.generation());
    }

    @Property(tries = 300)
    void chosenSizeMeetsEveryNeed_andNoCheaperSizeInScopeDoes(@ForAll("cases") Case c) {
        IaasSizer sizer = new IaasSizer(CATALOG, EVERYTHING_PRICED, AssessmentSettings.defaults());
        IaasResult r = sizer.size(c.vm(), c.perf());
        VmNeeds needs = r.needs().orElseThrow();
        boolean premium = r.disks().stream().anyMatch(DiskChoice::needsPremiumStorage);
        List<VmCandidate> scope = sizer.candidates(PriceOs.of(c.vm().guestOs().family())).ordered();
        List<VmCandidate> fitting = scope.stream().filter(v -> meetsEveryNeed(v.spec(), needs, premium)).toList();
        if (r.size().isEmpty()) {
            assertThat(fitting).isEmpty();
            return;
        }
        VmSizeSpec chosen = CATALOG.vmSize(r.size().get().name()).orElseThrow();
        assertThat(meetsEveryNeed(chosen, needs, premium)).isTrue();
        Money price = r.size().get().computeMonthly().orElseThrow();
        for (VmCandidate v : fitting) {
            assertThat(v.monthly().orElseThrow()).isGreaterThanOrEqualTo(price);
        }
        // every disk meets its own need
        for (int i = 0; i < r.disks().size(); i++) {
            DiskChoice d = r.disks().get(i);
            var dn = needs.disks().get(i);
            assertThat(d.size()).isGreaterThanOrEqualTo(dn.capacity());
            assertThat((double) d.iops()).isGreaterThanOrEqualTo(dn.iops().orElse(0) - 1e-9);
            assertThat(d.throughput().toMegabytesPerSecond()).isGreaterThanOrEqualTo(dn.mbps().orElse(0) - 1e-6);
            if (d.osDisk()) {
                assertThat(d.type()).isNotIn(DiskType.PREMIUM_SSD_V2, DiskType.ULTRA);
            }
        }
    }

    @Property(tries = 200)
    void asOnPremisesNeverReturnsLessThanConfigured(@ForAll("cases") Case c) {
        AssessmentSettings asIs = AssessmentSettings.defaults().toBuilder().criterion(SizingCriterion.AS_ON_PREMISES).build();
        IaasResult r = new IaasSizer(CATALOG, EVERYTHING_PRICED, asIs).size(c.vm(), c.perf());
        r.size().ifPresent(s -> {
            assertThat(s.vcpus()).isGreaterThanOrEqualTo(c.vm().vcpus());
            assertThat(s.memory()).isGreaterThanOrEqualTo(c.vm().memory());
        });
        for (int i = 0; i < r.disks().size(); i++) {
            assertThat(r.disks().get(i).size()).isGreaterThanOrEqualTo(c.vm().disks().get(i).capacity());
        }
        if (r.size().isPresent()) {
            VmSizeSpec spec = CATALOG.vmSize(r.size().get().name()).orElseThrow();
            assertThat(c.vm().nics().size() <= 1 || spec.maxNics().orElse(0) >= c.vm().nics().size()).isTrue();
        }
    }

    @Property(tries = 100)
    void moreComfortNeverPicksACheaperSize(@ForAll("cases") Case c) {
        IaasResult low = new IaasSizer(CATALOG, EVERYTHING_PRICED, AssessmentSettings.defaults()).size(c.vm(), c.perf());
        IaasResult high = new IaasSizer(CATALOG, EVERYTHING_PRICED,
                AssessmentSettings.defaults().toBuilder().comfortFactor(2.0).build()).size(c.vm(), c.perf());
        if (low.size().isPresent() && high.size().isPresent()) {
            assertThat(high.size().get().computeMonthly().orElseThrow())
                    .isGreaterThanOrEqualTo(low.size().get().computeMonthly().orElseThrow());
        }
    }
}
