package dev.cloudfit.assess.report;

import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.onprem.OnPremCostMode;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssumptionValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The on-premises cost model's inputs as Assumptions rows: the rates behind the On-premises sheet, amounts
 * as money, months, watts and hours as figures. Each description ends with the {@code --onprem-costs} field
 * that sets it. When the inputs are in another currency than the assessment, one row says why the
 * On-premises sheet is empty instead.
 */
final class OnPremAssumptions {

    private OnPremAssumptions() {
    }

    static List<Assumption> of(OnPremCostInputs in, Currency assessment) {
        List<Assumption> rows = new ArrayList<>();
        if (!in.currency().equals(assessment)) {
            rows.add(new Assumption("On-premises costs", "not estimated",
                    "the on-premises rates are " + in.currency().getCurrencyCode() + " amounts and are never converted:"
                            + " give --onprem-costs FILE with \"currency\": \"" + assessment.getCurrencyCode() + "\""));
            return rows;
        }
        if (in.mode() == OnPremCostMode.PER_VM) {
            rows.add(new Assumption("On-premises cost basis", "a flat monthly rate per VM", "field mode"));
            rows.add(new Assumption("On-premises cost per VM", AssumptionValue.amount(in.perVmMonthly().orElseThrow()),
                    "monthly, per VM (field perVmMonthly)"));
        } else {
            rows.add(new Assumption("On-premises cost basis", "per host: hardware, licences, support, power, space,"
                    + " administration; plus provisioned storage", "field mode"));
            rows.add(new Assumption("Host purchase price", AssumptionValue.amount(in.hardwarePerHost()),
                    "purchase price of one host (field hardwarePerHost)"));
            rows.add(new Assumption("Host amortisation", number(in.amortisationMonths(), "months"),
                    "months the purchase is spread over (field amortisationMonths)"));
            rows.add(new Assumption("VMware licence per core per year",
                    AssumptionValue.amount(in.vmwareLicencePerCorePerYear()),
                    "VMware subscription per licensed core (field vmwareLicencePerCorePerYear); use your quote"));
            rows.add(new Assumption("Minimum licensed cores per socket", number(in.minimumCoresPerSocket(), "cores"),
                    "VMware per-core licensing counts at least 16 (field minimumCoresPerSocket)"));
            rows.add(new Assumption("Hardware support per year",
                    AssumptionValue.share(in.supportPercentPerYear().movePointLeft(2)),
                    "of the purchase price (field supportPercentPerYear)"));
            rows.add(new Assumption("Power per host", AssumptionValue.number(in.wattsPerHost(), "W"),
                    "average draw of one host (field wattsPerHost)"));
            rows.add(new Assumption("Datacenter PUE", AssumptionValue.number(in.pue(), "×"),
                    "power usage effectiveness: facility power / IT power (field pue)"));
            rows.add(new Assumption("Electricity per kWh", AssumptionValue.amount(in.pricePerKwh()),
                    "field pricePerKwh"));
            rows.add(new Assumption("Host running hours per month", AssumptionValue.number(in.hoursPerMonth(), "h"),
                    "8,760 / 12 (field hoursPerMonth)"));
            rows.add(new Assumption("Rack units per host", AssumptionValue.number(in.rackUnitsPerHost(), "U"),
                    "field rackUnitsPerHost"));
            rows.add(new Assumption("Datacenter space per rack unit per month",
                    AssumptionValue.amount(in.pricePerRackUnitPerMonth()), "field pricePerRackUnitPerMonth"));
            rows.add(new Assumption("Administration per host per month",
                    AssumptionValue.number(in.adminHoursPerHostPerMonth(), "h"), "field adminHoursPerHostPerMonth"));
            rows.add(new Assumption("Administrator hourly rate", AssumptionValue.amount(in.adminHourlyRate()),
                    "loaded cost of an admin hour (field adminHourlyRate)"));
            rows.add(new Assumption("Storage per TiB per month", AssumptionValue.amount(in.storagePerTibPerMonth()),
                    "per TiB (2^40 bytes) of the VMs' provisioned disks; an assumption to edit"
                            + " (field storagePerTibPerMonth)"));
        }
        rows.add(new Assumption("On-premises term", number(in.termMonths(), "months"),
                "period of the long-term on-premises total (field termMonths)"));
        return rows;
    }

    private static AssumptionValue number(int value, String unit) {
        return AssumptionValue.number(BigDecimal.valueOf(value), unit);
    }
}
