package dev.cloudfit.vsphere.session;

import dev.cloudfit.core.error.BadInputException;
import java.util.function.Function;

/**
 * Where the vCenter password comes from: an environment variable the user names
 * ({@code --password-env VAR}), else a prompt on the terminal without echo. Never the command line
 * (visible to every user in process listings) and never a file in the workspace. Without either,
 * the command stops with exit 2 before it connects.
 */
public final class PasswordSource {

    /** Reads a password from the terminal without echo; null when there is no terminal. */
    @FunctionalInterface
    public interface Prompt {
        /** @return the typed password, or null at end of input */
        char[] readPassword(String prompt);
    }

    private PasswordSource() {
    }

    /**
     * @param variable the environment variable named by {@code --password-env}, or null
     * @param environment reads the environment ({@code System::getenv})
     * @param prompt the terminal, or null when there is none ({@code System.console() == null})
     * @param promptText e.g. {@code Password for admin@vc.example.com: }
     * @return the password
     */
    public static String resolve(String variable, Function<String, String> environment, Prompt prompt, String promptText) {
        if (variable != null) {
            // a user who typed the password itself must not see it echoed into a terminal log or CI output:
            // the value is named only when it looks like a conventional variable name (upper case)
            String named = variable.matches("[A-Z_][A-Z0-9_]*") ? "environment variable " + variable + " (--password-env)"
                    : "the environment variable named by --password-env";
            if (!variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new BadInputException("--password-env takes the name of an environment variable (letters, digits,"
                        + " underscores), not the password itself");
            }
            String value = environment.apply(variable);
            if (value == null || value.isEmpty()) {
                throw new BadInputException(named + " is not set or empty");
            }
            return value;
        }
        if (prompt == null) {
            throw new BadInputException("no password: pass --password-env VAR (a variable holding it), or run on a"
                    + " terminal to be prompted");
        }
        char[] typed = prompt.readPassword(promptText);
        if (typed == null || typed.length == 0) {
            throw new BadInputException("no password was typed");
        }
        return new String(typed);
    }
}
