package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.collect.CollectDeadline;
import dev.cloudfit.assess.collect.CollectProgress;
import dev.cloudfit.assess.collect.CollectRun;
import dev.cloudfit.assess.collect.CollectSettings;
import dev.cloudfit.assess.collect.CollectSummary;
import dev.cloudfit.vsphere.session.PasswordSource;
import dev.cloudfit.assess.collect.PerfOptions;
import dev.cloudfit.assess.collect.PerformanceCollection;
import dev.cloudfit.assess.collect.RestTagSource;
import dev.cloudfit.assess.collect.VcenterPerformanceCollection;
import dev.cloudfit.assess.collect.perf.ContinuousSettings;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.assess.collect.ProgressBar;
import dev.cloudfit.assess.collect.ProgressLog;
import dev.cloudfit.assess.collect.TagSource;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudfit collect}: reads a vCenter's inventory, tags and performance history
 * (with {@code --continuous}, then realtime peaks until stopped) into a workspace that {@code cloudfit assess --workspace} reads again without
 * re-collecting. The work is {@link CollectRun}'s; this class parses options, finds the password and
 * picks the progress display.
 */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = {
            "Collect a VMware estate live from vCenter into a workspace: VMs (identity, CPU, memory, disks, NICs,"
                    + " guest partitions, placement, custom attributes, tags) and hosts, and --days of performance history"
                    + " (CPU, memory, disk, network), through vCenter's own API; a re-run fetches only what is missing.",
            "The password comes from --password-env VAR or a prompt on the terminal, never from the command line.",
            "The vCenter certificate must be trusted by this machine, or pinned with --thumbprint."
        },
        footer = {"", "Exit codes: 2 wrong user or password, untrusted certificate, bad option; 3 vCenter unreachable,"
                + " not a vCenter, stopped answering, or --timeout passed (the run is then marked interrupted in the"
                + " workspace)."})
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
            description = "Days of performance history to read, " + CollectSettings.MIN_DAYS + " to "
                    + CollectSettings.MAX_DAYS + " (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "Workspace folder to store the run in (created when missing or empty).")
    Path workspace;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "" + CollectSettings.DEFAULT_PARALLEL,
            description = "Concurrent performance queries, " + CollectSettings.MIN_PARALLEL + " to "
                    + CollectSettings.MAX_PARALLEL + " (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--export-parquet", paramLabel = "DIR",
            description = "Afterwards, export the workspace as Parquet files into DIR.")
    Path exportParquet;

    @Option(names = "--continuous",
            description = "After the history, keep polling realtime 20 s samples every 5 minutes and store their"
                    + " 10-minute peaks until stopped (Ctrl-C or SIGTERM: the poll in progress is flushed first);"
                    + " the next run resumes after the last stored peak.")
    boolean continuous;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a one-off collection after this long, 1 to 604800 (default: "
                    + DEFAULT_TIMEOUT_SECONDS + ", a day): the run is marked interrupted, what it stored stays."
                    + " Not with --continuous, which runs until stopped.")
    Integer timeoutSeconds;

    /** The bound of a one-off collection unless {@code --timeout} says otherwise: a day. */
    static final int DEFAULT_TIMEOUT_SECONDS = 86_400;

    /** How long a run stopped at its deadline gets to mark itself interrupted; tests shorten it. */
    Duration timeoutGrace = CollectDeadline.GRACE;

    /** Test and bench hook: seconds between continuous polls (default 300). */
    @Option(names = "--continuous-poll-seconds", hidden = true, paramLabel = "S", defaultValue = "300")
    double continuousPollSeconds;

    /** Benchmark hook: read only these historical sampling periods, in seconds (default: all the days need). */
    @Option(names = "--perf-intervals", hidden = true, split = ",", paramLabel = "S")
    List<Long> perfIntervals;

    /** How long a SIGINT/SIGTERM waits for the last flush and the run's record before the JVM exits. */
    static final Duration STOP_GRACE = Duration.ofMinutes(2);

    private volatile boolean stopRequested;
    private final Function<String, String> environment;
    private final PasswordSource.Prompt prompt;
    private final TransportSettings transport;
    private final TagSource tags;
    private final Function<PerfOptions, PerformanceCollection> performance;

    /**
     * The command as {@code cloudfit} runs it: the real environment and terminal, tags over REST,
     * performance history from the historical intervals.
     */
    public CollectCommand() {
        this(System::getenv, terminalPrompt(), TransportSettings.defaults(),
                new RestTagSource(TransportSettings.defaults()), VcenterPerformanceCollection::new);
    }

    /**
     * @param environment reads environment variables
     * @param prompt the terminal's no-echo prompt, or null without a terminal
     * @param transport timeouts
     * @param tags where tags come from ({@link RestTagSource}, or {@link TagSource#NONE})
     * @param performance the performance collection for the options ({@code --continuous} and others)
     */
    public CollectCommand(Function<String, String> environment, PasswordSource.Prompt prompt, TransportSettings transport,
                          TagSource tags, Function<PerfOptions, PerformanceCollection> performance) {
        this.environment = environment;
        this.prompt = prompt;
        this.transport = transport;
        this.tags = tags;
        this.performance = performance;
    }

    @Override
    public Integer call() {
        // checked before the password prompt, which names the address: a typed user:password@ is refused unseen
        VcenterEndpoint.parse(vcenter);
        if (timeoutSeconds != null && continuous) {
            throw new BadInputException("--timeout bounds a one-off collection; --continuous runs until stopped"
                    + " (Ctrl-C or SIGTERM)");
        }
        int timeout = timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
        if (timeout < 1 || timeout > 604_800) {
            throw new BadInputException("--timeout: 1 to 604800 seconds, not " + timeout);
        }
        CollectSettings settings = new CollectSettings(vcenter, user, thumbprint, days, workspace, parallel, exportParquet,
                CollectSettings.DEFAULT_PAGE_SIZE);
        String password = PasswordSource.resolve(passwordEnv, environment, prompt,
                "Password for " + user + " at " + vcenter + ": ");
        if (!(continuousPollSeconds > 0)) {
            throw new BadInputException("--continuous-poll-seconds must be positive, not " + continuousPollSeconds);
        }
        ContinuousSettings polling = continuous ? ContinuousSettings.defaults()
                .withPollEvery(Duration.ofMillis(Math.round(continuousPollSeconds * 1000))) : null;
        Set<Duration> only = new HashSet<>();
        if (perfIntervals != null) {
            perfIntervals.forEach(seconds -> only.add(Duration.ofSeconds(seconds)));
        }
        PerformanceCollection perf = performance.apply(new PerfOptions(polling, only));
        PrintWriter err = spec.commandLine().getErr();
        CollectProgress progress = System.console() != null ? new ProgressBar(err) : new ProgressLog(err);
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> stopAndWait(perf, ended, err), "cloudfit-collect-stop");
        boolean hooked = addShutdownHook(hook);
        try {
            Credentials credentials = new Credentials(user, password);
            CollectSummary summary = continuous
                    ? new CollectRun(settings, credentials, transport, tags, perf, progress).run()
                    : new CollectDeadline(Duration.ofSeconds(timeout), timeoutGrace).run(deadline -> new CollectRun(
                            settings, credentials, transport, tags, perf, deadline.progress(progress)).run(), perf);
            err.println(summary.text());
            if (exportParquet != null) {
                err.println("exported the workspace as Parquet to " + exportParquet);
            }
            err.flush();
            return 0;
        } catch (CloudfitException e) {
            if (!stopRequested) {
                throw e;
            }
            // the JVM is shutting down: the exit handler after this method may not get to print it
            err.println("cloudfit: error: " + e.getMessage().replace('\n', ' '));
            err.flush();
            // stopped by a signal: the JVM exits with 128 + its number. A non-zero status here could reach
            // System.exit just as the shutdown hooks end and halt the JVM with it instead (a race seen in CI)
            return 0;
        } finally {
            ended.countDown();
            if (hooked) {
                removeShutdownHook(hook);
            }
        }
    }

    /**
     * On SIGINT/SIGTERM: ask the collection to stop at its next safe point, then hold the JVM until
     * the run has flushed and recorded its end (the run completes after a continuous poll's flush; a
     * history read cut short is marked interrupted), at most {@link #STOP_GRACE}.
     */
    private void stopAndWait(PerformanceCollection perf, CountDownLatch ended, PrintWriter err) {
        stopRequested = true;
        err.println("cloudfit collect: stopping: flushing what was read...");
        err.flush();
        perf.stop();
        try {
            if (!ended.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                err.println("cloudfit collect: did not stop within " + STOP_GRACE.toSeconds()
                        + " s; what was flushed is stored, the next run completes the rest");
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or ran: it waits for this run only
        }
    }

    private static PasswordSource.Prompt terminalPrompt() {
        Console console = System.console();
        return console == null ? null : text -> console.readPassword("%s", text);
    }
}
