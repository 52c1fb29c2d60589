package dev.cloudfit.assess.pricing.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.inventory.GuestOs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioSettingsTest {

    @Test
    void defaultsArePinned() {
        ScenarioSettings d = ScenarioSettings.defaults();
        assertThat(d.rows()).containsExactly(
                List.of("scenario.hoursPerMonth", "730", d.rows().get(0).get(2)),
                List.of("scenario.currency", "USD", d.rows().get(1).get(2)),
                List.of("scenario.discountPercent", "0", d.rows().get(2).get(2)),
                List.of("scenario.discountAppliesTo", "COMPUTE", d.rows().get(3).get(2)),
                List.of("scenario.plans", "PAYG,RI1Y,RI3Y,SP1Y,SP3Y,DEV_TEST", d.rows().get(4).get(2)),
                List.of("scenario.hybridBenefitVariants", "true", d.rows().get(5).get(2)),
                List.of("scenario.compareRegions", "(none)", d.rows().get(6).get(2)));
        assertThat(d.rows()).allSatisfy(r -> assertThat(r.get(2)).isNotBlank());
        assertThat(d.hoursPerMonth()).isEqualByComparingTo(new BigDecimal("730"));
    }

    @Test
    void theDefaultSetHasElevenScenariosPerRegionDevTestWithoutAHybridBenefitTwin() {
        ScenarioSet set = ScenarioSet.from(ScenarioSettings.defaults().withCompareRegions(List.of(Region.of("northeurope"))));
        assertThat(set.scenarios()).hasSize(22);
        assertThat(set.scenarios().subList(0, 11)).extracting(Scenario::name).containsExactly("PAYG", "PAYG + AHB",
                "RI1Y", "RI1Y + AHB", "RI3Y", "RI3Y + AHB", "SP1Y", "SP1Y + AHB", "SP3Y", "SP3Y + AHB", "DEV_TEST");
        assertThat(set.scenarios().get(11).name()).isEqualTo("PAYG @ northeurope");
        assertThat(ScenarioSet.from(ScenarioSettings.defaults().withPlans(List.of(PricingPlan.PAYG), false))
                .scenarios()).containsExactly(new Scenario(PricingPlan.PAYG, false, Optional.empty()));
    }

    @Test
    void theLicenceComesFromTheGuestOs() {
        assertThat(VmLicence.of(new GuestOs("Microsoft Windows Server 2019 (64-bit)", null))).contains(VmLicence.WINDOWS);
        assertThat(VmLicence.of(new GuestOs("Red Hat Enterprise Linux 8 (64-bit)", null))).contains(VmLicence.RHEL);
        assertThat(VmLicence.of(new GuestOs(null, "SUSE Linux Enterprise 15 (64-bit)"))).contains(VmLicence.SLES);
        assertThat(VmLicence.of(new GuestOs("Ubuntu Linux (64-bit)", null))).contains(VmLicence.LINUX);
        assertThat(VmLicence.of(new GuestOs("FreeBSD 13 (64-bit)", null))).isEmpty();
        assertThat(VmLicence.of(new GuestOs(null, null))).isEmpty();
    }
}
