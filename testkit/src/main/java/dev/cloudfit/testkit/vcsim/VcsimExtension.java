package dev.cloudfit.testkit.vcsim;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension behind {@link WithVcsim}: one simulator per test class, kept in the class's
 * extension store, which closes it (stopping the process) when the class is done.
 */
public final class VcsimExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(VcsimExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        vcsim(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Vcsim.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return vcsim(context);
    }

    private static Vcsim vcsim(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(testClass,
                key -> Vcsim.start(config(testClass)), Vcsim.class);
    }

    /**
     * @param testClass a test class, possibly annotated with {@link WithVcsim}
     * @return the configuration its annotation asks for, or the defaults
     */
    static VcsimConfig config(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, WithVcsim.class)
                .map(a -> new VcsimConfig(a.datacenters(), a.clustersPerDatacenter(), a.hostsPerCluster(),
                        a.standaloneHostsPerDatacenter(), a.vmsPerHostOrCluster(), a.datastoresPerDatacenter(),
                        a.portgroupsPerDatacenter(), a.username()))
                .orElseGet(VcsimConfig::defaults);
    }
}
