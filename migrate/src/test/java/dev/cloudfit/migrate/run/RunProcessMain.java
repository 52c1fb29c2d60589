package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.source.VsphereSourceVm;
import dev.cloudfit.testkit.tls.PinnedCertificate;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A migration run as a process of its own, for tests that kill it: the same {@link MigrationRunner}
 * the CLI runs, on a vcsim session and a local ARM whose token, endpoint and certificate come from
 * the environment. Exit 0 when every VM reached its state, 3 when one failed.
 */
public final class RunProcessMain {

    private RunProcessMain() {
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        RunMode mode = RunMode.of(args[1]);
        boolean resume = args.length > 2 && args[2].equals("resume");
        String shard = System.getenv("RUN_SHARD");
        VcenterTls tls = VcenterTls.pinned(Thumbprint.parse(System.getenv("VC_THUMBPRINT")));
        try (VcenterSession session = VcenterSession.login(SoapTransport.open(new VcenterEndpoint(URI.create(
                System.getenv("VC_URL"))), tls, TransportSettings.defaults()),
                new Credentials(System.getenv("VC_USER"), System.getenv("VC_PASSWORD")))) {
            var azure = AzureTestbed.adapter(URI.create(System.getenv("ARM_URL")), System.getenv("ARM_SUBSCRIPTION"),
                    System.getenv("ARM_TOKEN"), PinnedCertificate.readPem(Path.of(System.getenv("ARM_CERT"))).sslContext());
            MigrationRunner runner = new MigrationRunner(MigrateWorkspace.at(workspace),
                    new VsphereSourceVm(session, tls, TransportSettings.defaults()), azure, System.getenv("ARM_SUBSCRIPTION"),
                    Clock.systemUTC(), RunListener.NONE);
            RunSettings settings = RunSettings.defaults(mode);
            if (shard != null) {
                settings = new RunSettings(mode, settings.wave(), settings.vm(), Shard.parse(shard), settings.vmsAtOnce(),
                        settings.disksPerHost(), settings.snapshotsPerDatastore(), settings.disksOverall(),
                        settings.armWrites(), settings.uploadParallel(), settings.uploadAccess());
            }
            List<VmOutcome> outcomes = resume ? runner.resume(settings) : runner.run(settings);
            outcomes.forEach(o -> System.out.println(o.vm() + " " + o.state() + " " + o.detail()));
            System.exit(outcomes.stream().anyMatch(o -> o.state() == dev.cloudfit.migrate.journal.VmState.FAILED) ? 3 : 0);
        }
    }
}
