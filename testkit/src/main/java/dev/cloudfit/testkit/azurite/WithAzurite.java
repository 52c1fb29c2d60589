package dev.cloudfit.testkit.azurite;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one Azurite blob service for the annotated test class, stops it after the class, and
 * passes it to any test, lifecycle method or constructor parameter of type {@link Azurite}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AzuriteExtension.class)
public @interface WithAzurite {
}
