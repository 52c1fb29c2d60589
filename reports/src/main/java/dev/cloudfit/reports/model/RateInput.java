package dev.cloudfit.reports.model;

import java.util.Objects;

/**
 * A unit rate a scenario still lacks (no row in the price source, no override), offered in the
 * workbook as a yellow input: enter the hourly rate and the scenario's totals include it.
 *
 * @param meter     what the rate is for, e.g. {@code westeurope Standard_D4s_v5 LINUX RI3Y}; unique in its scenario
 * @param vms       how many VMs of the scenario need it
 * @param everyHour billed every hour of the month (reservations, savings plans) rather than per running hour
 * @param category  the discount category of the rate (compute or licences)
 */
public record RateInput(String meter, long vms, boolean everyHour, DiscountScope category) {

    public RateInput {
        meter = Text.required(meter, "meter");
        Objects.requireNonNull(category, "category");
        if (vms < 1) {
            throw new IllegalArgumentException("a rate input is for at least one VM: " + meter);
        }
    }
}
