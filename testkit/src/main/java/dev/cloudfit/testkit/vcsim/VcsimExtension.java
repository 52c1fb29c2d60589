package dev.cloudfit.testkit.vcsim;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension behind {@link WithVcsim}: one simulator per annotated test class, kept in
 * that class's extension store, which closes it (stopping the process) when the class is done.
 * {@code @Nested} classes share the simulator of the enclosing class that carries the annotation.
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
        Class<?> owner = owner(context.getRequiredTestClass());
        // the store looks in enclosing contexts too, so nested classes find their outer class's simulator
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(owner,
                key -> Vcsim.start(config(owner)), Vcsim.class);
    }

    /**
     * @param testClass a test class
     * @return the innermost class, from {@code testClass} outwards, annotated with {@link WithVcsim};
     *         {@code testClass} itself when none is (the extension was registered another way)
     */
    static Class<?> owner(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(c, WithVcsim.class)) {
                return c;
            }
        }
        return testClass;
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
