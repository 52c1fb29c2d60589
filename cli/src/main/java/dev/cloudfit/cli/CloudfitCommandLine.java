package dev.cloudfit.cli;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.core.spi.CommandContribution;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds the command tree from the modules found on the class path and runs it. This is the one
 * boundary where failures become a one-line message and an exit code; stack traces only with -v.
 */
public final class CloudfitCommandLine {

    private CloudfitCommandLine() {
    }

    /** The command tree: {@code cloudfit} plus every contributed command. */
    public static CommandLine build(PrintStream out, PrintStream err) {
        return build(out, err, List.of());
    }

    /**
     * The command tree for {@code args}: when their first word names a top-level command, that command
     * only; otherwise (help, usage, an unknown word) every contributed command. Picocli reads the
     * annotations and fields of every command it is given, and loading every module's commands (some of
     * which link the signed Azure SDK jars, verified when first touched) was most of the JVM's start-up.
     */
    static CommandLine build(PrintStream out, PrintStream err, List<String> args) {
        CommandLine cli = new CommandLine(new CloudfitCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        List<Object> commands = new ArrayList<>();
        for (CommandContribution contribution : ServiceLoader.load(CommandContribution.class)) {
            commands.addAll(contribution.commands());
        }
        String first = args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        List<Object> named = commands.stream().filter(c -> names(c).contains(first)).toList();
        for (Object command : named.isEmpty() ? commands : named) {
            cli.addSubcommand(command);
        }
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        UsageText.reflow(cli);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        // POI's spill files (streamed workbook sheets) go too when Ctrl-C or SIGTERM ends a run
        System.setProperty("poi.delete.tmp.files.on.exit", "true");
        boolean verbose = List.of(args).contains("-v") || List.of(args).contains("--verbose");
        CommandLine cli;
        try {
            cli = build(out, err, List.of(args));
        } catch (RuntimeException | Error e) {
            err.println("cloudfit: internal error while loading the commands: " + e.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL.code();
        }
        Optional<String> unknown = CommandPath.unknownCommand(cli, args);
        if (unknown.isPresent()) {
            err.println("cloudfit: " + unknown.get());
            return ExitCode.BAD_INPUT.code();
        }
        cli.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("cloudfit: " + UsageText.enumChoices(oneLine(e.getMessage())));
            failed.getErr().println("Try 'cloudfit " + commandPath(failed) + "--help' for usage.");
            if (verbose) {
                e.printStackTrace(failed.getErr());
            }
            return ExitCode.BAD_INPUT.code();
        });
        cli.setExecutionExceptionHandler((Exception e, CommandLine failed, CommandLine.ParseResult parsed) -> {
            PrintWriter w = failed.getErr();
            if (e instanceof CloudfitException known) {
                w.println("cloudfit: error: " + oneLine(known.getMessage()));
                if (verbose) {
                    e.printStackTrace(w);
                }
                w.flush();
                return known.exitCode().code();
            }
            w.println("cloudfit: internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
                    + (verbose ? "" : " (run again with -v for details)"));
            if (verbose) {
                e.printStackTrace(w);
            }
            w.flush();
            return ExitCode.INTERNAL.code();
        });
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // failures outside picocli's handlers (e.g. while building a command) still get one line
            err.println("cloudfit: internal error: " + e);
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL.code();
        }
    }

    /** A command object's name and aliases, from its annotation (read without linking the class's code). */
    private static List<String> names(Object command) {
        CommandLine.Command annotation = command.getClass().getAnnotation(CommandLine.Command.class);
        if (annotation == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    private static String commandPath(CommandLine c) {
        String qualified = c.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
    }
}
