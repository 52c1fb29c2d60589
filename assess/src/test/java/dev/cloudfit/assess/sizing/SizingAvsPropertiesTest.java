package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AvsNodeSpec;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.avs.AvsNodeResult;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.assess.sizing.settings.FttPolicy;
import dev.cloudfit.core.units.DataSize;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SizingAvsPropertiesTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();

    @Provide
    Arbitrary<List<AvsDemand>> estates() {
        Arbitrary<AvsDemand> vm = Combinators.combine(
                Arbitraries.doubles().between(0, 64),
                Arbitraries.integers().between(0, 512),
                Arbitraries.integers().between(0, 20_000))
                .as((cpu, mem, disk) -> new AvsDemand("vm", cpu, DataSize.ofGibibytes(mem), DataSize.ofGibibytes(disk)));
        return vm.list().ofMaxSize(300);
    }

    @Provide
    Arbitrary<AvsSettings> avsSettings() {
        return Combinators.combine(Arbitraries.of(FttPolicy.values()), Arbitraries.doubles().between(1, 3),
                        Arbitraries.doubles().between(2, 8), Arbitraries.doubles().between(1, 2))
                .as((ftt, dedupe, ratio, overcommit) -> new AvsSettings(ratio, overcommit, dedupe, 0.25, ftt,
                        44, DataSize.ofGibibytes(75), DataSize.ofGibibytes(722), List.of()));
    }

    @Property(tries = 300)
    void nodesHoldTheDemand_andOneFewerWouldNot(@ForAll("estates") List<AvsDemand> vms, @ForAll("avsSettings") AvsSettings avs) {
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder().avs(avs).build();
        AvsSizer sizer = new AvsSizer(CATALOG, TestPrices.empty(), settings);
        for (AvsNodeSpec node : CATALOG.avsNodes()) {
            AvsNodeResult r = sizer.size(vms, node);
            assertThat(r.nodes()).isGreaterThanOrEqualTo(avs.ftt().minimumHosts());
            assertThat(r.cpuUtilisation()).isLessThanOrEqualTo(1 + 1e-9);
            assertThat(r.memoryUtilisation()).isLessThanOrEqualTo(1 + 1e-9);
            assertThat(r.storageUtilisation()).isLessThanOrEqualTo(1 + 1e-9);
            if (r.base().isPresent()) {
                // AV64 with a first cluster: the base at the FTT minimum, the AV64 cluster none or at least the minimum
                int second = r.nodes() - r.base().get().nodes();
                assertThat(r.base().get().nodes()).isEqualTo(avs.ftt().minimumHosts());
                assertThat(second == 0 || second >= avs.ftt().minimumHosts()).isTrue();
            } else if (r.nodes() > avs.ftt().minimumHosts()) {
                double fewer = r.nodes() - 1;
                double most = Math.max(r.cpuHosts(), Math.max(r.memoryHosts(), r.storageHosts()));
                assertThat(most).isGreaterThan(fewer);
            }
            double limiting = switch (r.limitingFactor()) {
                case CPU -> r.cpuHosts();
                case MEMORY -> r.memoryHosts();
                case STORAGE -> r.storageHosts();
            };
            assertThat(limiting).isEqualTo(Math.max(r.cpuHosts(), Math.max(r.memoryHosts(), r.storageHosts())));
        }
    }
}
