package dev.cloudfit.testkit.policy;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one skip policy of the whole suite, applied to every test class (registered through
 * {@code META-INF/services}, enabled by the build's {@code junit.jupiter.extensions.autodetection.enabled}):
 *
 * <ul>
 *   <li>A skip always counts and says why. A class that skips in {@code @BeforeAll} (a missing
 *       fixture folder) would otherwise vanish from the count with all its tests; here each of its
 *       tests is reported skipped, with the reason.</li>
 *   <li>With {@code CI=true} (environment, or the configuration parameter {@value #CI_PARAMETER}), a
 *       skip is a failure: CI has every tool and fixture, so a missing one is a broken run, not a pass.</li>
 * </ul>
 * Tests skip the usual way ({@code assumeTrue(present, "needs LibreOffice (soffice)")}).
 */
public final class SkipPolicy implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler,
        BeforeEachCallback {

    /** Overrides the {@code CI} environment variable (for tests of this policy). */
    public static final String CI_PARAMETER = "cloudfit.ci";

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SkipPolicy.class);
    private static final String CLASS_SKIP = "class-skip";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        throw judged(context, t);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        throw judged(context, t);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable t) throws Throwable {
        Throwable judged = judged(context, t);
        if (judged instanceof TestAbortedException skip) {
            // remembered, so that every test of the class is counted as skipped with the reason
            context.getStore(NS).put(CLASS_SKIP, skip.getMessage());
            return;
        }
        throw judged;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<ExtensionContext> owner = context.getParent();
        while (owner.isPresent()) {
            String reason = owner.get().getStore(NS).get(CLASS_SKIP, String.class);
            if (reason != null) {
                throw new TestAbortedException(reason + " (skipped for the whole class)");
            }
            owner = owner.get().getParent();
        }
    }

    /** A skip stays a skip, or becomes a failure under CI; anything else passes through untouched. */
    private static Throwable judged(ExtensionContext context, Throwable t) {
        if (!(t instanceof TestAbortedException)) {
            return t;
        }
        String why = t.getMessage() == null || t.getMessage().isBlank() ? "no reason given" : t.getMessage();
        if (ci(context)) {
            AssertionFailedError failure = new AssertionFailedError("CI=true, so a missing tool or fixture fails the"
                    + " run instead of skipping: " + why);
            failure.addSuppressed(t);
            return failure;
        }
        return t.getMessage() == null || t.getMessage().isBlank() ? new TestAbortedException("skipped: " + why, t) : t;
    }

    static boolean ci(ExtensionContext context) {
        String value = context.getConfigurationParameter(CI_PARAMETER).orElseGet(() -> System.getenv("CI"));
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
    }
}
