package dev.cloudfit.reports.plan.signing;

/** One in-memory signing key for the tests of a JVM: workbooks they write verify against it. */
public final class TestSigning {

    public static final PlanSigner SIGNER = PlanSigner.generate();

    private TestSigning() {
    }
}
