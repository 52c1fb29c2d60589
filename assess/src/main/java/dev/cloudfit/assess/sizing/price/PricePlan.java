package dev.cloudfit.assess.sizing.price;

import java.util.Objects;

/** A commitment and whether Azure Hybrid Benefit removes the Windows licence charge. */
public record PricePlan(Commitment commitment, boolean hybridBenefit) {

    public static final PricePlan PAYG = new PricePlan(Commitment.PAY_AS_YOU_GO, false);

    public PricePlan {
        Objects.requireNonNull(commitment, "commitment");
    }

    /** The plan in words, e.g. {@code Pay-as-you-go} or {@code 1-year reservation with Azure Hybrid Benefit}. */
    public String label() {
        return commitment.label() + (hybridBenefit ? " with Azure Hybrid Benefit" : "");
    }

    @Override
    public String toString() {
        return commitment + (hybridBenefit ? " + AHB" : "");
    }
}
