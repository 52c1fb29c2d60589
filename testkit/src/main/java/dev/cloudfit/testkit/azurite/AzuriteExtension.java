package dev.cloudfit.testkit.azurite;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension behind {@link WithAzurite}: one emulator per annotated test class, kept in
 * that class's extension store, which closes it (stopping the process, deleting its data) when
 * the class is done. {@code @Nested} classes share the emulator of the enclosing annotated class.
 */
public final class AzuriteExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AzuriteExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        azurite(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Azurite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return azurite(context);
    }

    private static Azurite azurite(ExtensionContext context) {
        // the store looks in enclosing contexts too, so nested classes find their outer class's emulator
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(owner(context.getRequiredTestClass()),
                key -> Azurite.start(), Azurite.class);
    }

    /**
     * @param testClass a test class
     * @return the innermost class, from {@code testClass} outwards, annotated with {@link WithAzurite};
     *         {@code testClass} itself when none is (the extension was registered another way)
     */
    static Class<?> owner(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            if (AnnotationSupport.isAnnotated(c, WithAzurite.class)) {
                return c;
            }
        }
        return testClass;
    }
}
