package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.collect.CollectProgress;
import dev.cloudfit.assess.collect.CollectRun;
import dev.cloudfit.assess.collect.CollectSettings;
import dev.cloudfit.assess.collect.CollectSummary;
import dev.cloudfit.assess.collect.PasswordSource;
import dev.cloudfit.assess.collect.PerformanceCollection;
import dev.cloudfit.assess.collect.ProgressBar;
import dev.cloudfit.assess.collect.ProgressLog;
import dev.cloudfit.assess.collect.TagSource;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.soap.TransportSettings;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudfit collect}: reads a vCenter's inventory (and, once plugged in, its performance
 * history and tags) into a workspace that {@code cloudfit assess --workspace} reads again without
 * re-collecting. The work is {@link CollectRun}'s; this class parses options, finds the password and
 * picks the progress display.
 */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = {
            "Collect a VMware estate live from vCenter into a workspace: VMs (identity, CPU, memory, disks, NICs,"
                    + " guest partitions, placement, custom attributes) and hosts, through vCenter's own API.",
            "The password comes from --password-env VAR or a prompt on the terminal, never from the command line.",
            "The vCenter certificate must be trusted by this machine, or pinned with --thumbprint."
        },
        footer = {"", "Exit codes: 2 wrong user or password, untrusted certificate, bad option; 3 vCenter unreachable,"
                + " not a vCenter, or stopped answering (the run is then marked interrupted in the workspace)."})
public final class CollectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--vcenter", required = true, paramLabel = "HOST[:PORT]|URL",
            description = "vCenter host name, host:port, or https URL (the SDK path /sdk is added).")
    String vcenter;

    @Option(names = "--user", required = true, paramLabel = "USER",
            description = "vCenter user, e.g. readonly@vsphere.local (read-only is enough).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the password; without it, a prompt on the terminal.")
    String passwordEnv;

    @Option(names = "--thumbprint", paramLabel = "HEX",
            description = "Pin the vCenter certificate by its SHA-256 (or SHA-1) thumbprint, as vSphere prints it"
                    + " (AA:BB:...); needed when this machine does not trust the certificate.")
    String thumbprint;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + CollectSettings.DEFAULT_DAYS,
            description = "Days of performance history to read (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "Workspace folder to store the run in (created when missing or empty).")
    Path workspace;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "" + CollectSettings.DEFAULT_PARALLEL,
            description = "Concurrent performance queries (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--export-parquet", paramLabel = "DIR",
            description = "Afterwards, export the workspace as Parquet files into DIR.")
    Path exportParquet;

    private final Function<String, String> environment;
    private final PasswordSource.Prompt prompt;
    private final TransportSettings transport;
    private final TagSource tags;
    private final PerformanceCollection performance;

    /** The command as {@code cloudfit} runs it: the real environment and terminal. */
    public CollectCommand() {
        this(System::getenv, terminalPrompt(), TransportSettings.defaults(), TagSource.NONE, PerformanceCollection.NONE);
    }

    /**
     * @param environment reads environment variables
     * @param prompt the terminal's no-echo prompt, or null without a terminal
     * @param transport timeouts
     * @param tags where tags come from (the REST tag reader plugs in here)
     * @param performance how performance history is collected (the perf collector plugs in here)
     */
    public CollectCommand(Function<String, String> environment, PasswordSource.Prompt prompt, TransportSettings transport,
                          TagSource tags, PerformanceCollection performance) {
        this.environment = environment;
        this.prompt = prompt;
        this.transport = transport;
        this.tags = tags;
        this.performance = performance;
    }

    @Override
    public Integer call() {
        CollectSettings settings = new CollectSettings(vcenter, user, thumbprint, days, workspace, parallel, exportParquet,
                CollectSettings.DEFAULT_PAGE_SIZE);
        String password = PasswordSource.resolve(passwordEnv, environment, prompt,
                "Password for " + user + " at " + vcenter + ": ");
        PrintWriter err = spec.commandLine().getErr();
        CollectProgress progress = System.console() != null ? new ProgressBar(err) : new ProgressLog(err);
        CollectSummary summary = new CollectRun(settings, new Credentials(user, password), transport, tags, performance,
                progress).run();
        err.println(summary.text());
        if (exportParquet != null) {
            err.println("exported the workspace as Parquet to " + exportParquet);
        }
        err.flush();
        return 0;
    }

    private static PasswordSource.Prompt terminalPrompt() {
        Console console = System.console();
        return console == null ? null : text -> console.readPassword("%s", text);
    }
}
