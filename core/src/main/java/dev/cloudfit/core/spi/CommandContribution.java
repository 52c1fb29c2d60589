package dev.cloudfit.core.spi;

import java.util.List;

/**
 * A module's top-level commands, found by the CLI through {@link java.util.ServiceLoader}.
 * Each element is a picocli command object (a class annotated with {@code @Command}); the SPI
 * keeps picocli out of this dependency-free module. A module with nothing to offer does not
 * register a contribution at all.
 */
public interface CommandContribution {

    /** The command objects to add under {@code cloudfit}. */
    List<Object> commands();
}
