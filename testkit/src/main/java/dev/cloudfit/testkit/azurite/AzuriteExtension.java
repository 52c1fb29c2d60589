package dev.cloudfit.testkit.azurite;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension behind {@link WithAzurite}: one emulator per test class, kept in the class's
 * extension store, which closes it (stopping the process, deleting its data) when the class is done.
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
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(context.getRequiredTestClass(),
                key -> Azurite.start(), Azurite.class);
    }
}
