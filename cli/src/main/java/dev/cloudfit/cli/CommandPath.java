package dev.cloudfit.cli;

import java.util.Optional;
import picocli.CommandLine;

/**
 * Finds a command word that names no command before picocli parses: picocli would take {@code cloudfit nosuch
 * convert --help} as a request for the top-level help and exit 0, as if the command existed.
 */
final class CommandPath {

    private CommandPath() {
    }

    /**
     * @return the first word, where a command is expected, that is not one of the current command's subcommands,
     *     with the command it was given to; empty when every command word exists
     */
    static Optional<String> unknownCommand(CommandLine root, String[] args) {
        CommandLine current = root;
        for (String arg : args) {
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.startsWith("-")) {
                continue; // the options of commands that have subcommands are all flags (-h, -V, -v)
            }
            if (current.getSubcommands().isEmpty()) {
                return Optional.empty(); // a leaf command: the rest are its own parameters
            }
            CommandLine next = current.getSubcommands().get(arg);
            if (next == null) {
                String path = current.getCommandSpec().qualifiedName(" ");
                return Optional.of("'" + arg + "' is not a " + path + " command (see '" + path + " --help')");
            }
            current = next;
        }
        return Optional.empty();
    }
}
