package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlanFile;
import dev.cloudfit.migrate.plan.Planner;
import dev.cloudfit.migrate.plan.VcenterVms;
import dev.cloudfit.migrate.preflight.SourceRule;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cloudfit migrate plan}: verify, pin and pre-flight an approved workbook. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Verify the approved workbook (signature by a trusted key, fingerprints, approvals), record its",
            "SHA-256, find each approved VM in vCenter by instance UUID and run the pre-flight checks (vSphere, and",
            "Azure with --subscription). Writes DIR/migrate/plan.json; blocked VMs are listed and will not run."})
public final class MigratePlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workbook", required = true, paramLabel = "FILE.xlsx", description = "The approved assessment workbook.")
    Path workbook;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "Where the plan and journals are kept.")
    Path workspace;

    @Mixin
    VcenterOptions vcenter = new VcenterOptions();

    @Mixin
    AzureOptions azure = new AzureOptions();

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "table (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        MigrateWorkspace ws = MigrateWorkspace.at(workspace);
        MigrationPlan plan;
        // vCenter is asked (and the password read) only once the workbook has passed its checks
        VcenterSession[] session = new VcenterSession[1];
        VcenterVms[] vms = new VcenterVms[1];
        try {
            plan = new Planner(SigningKeyFolder.userDefault().trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, vcenter.vcenter, uuid -> {
                        if (vms[0] == null) {
                            session[0] = vcenter.connect();
                            vms[0] = new VcenterVms(session[0]);
                        }
                        return vms[0].find(uuid);
                    });
        } finally {
            if (session[0] != null) {
                session[0].close();
            }
        }
        if (azure.given()) {
            plan = AzurePreflightFindings.check(plan, azure.connect());
        }
        ws.create();
        PlanFile.write(plan, ws.planFile());
        if (format == OutputFormat.JSON) {
            FindingsTable.json(plan, spec.commandLine().getOut());
        } else {
            FindingsTable.print(plan, spec.commandLine().getOut());
            spec.commandLine().getErr().println("wrote " + ws.planFile());
        }
        return 0;
    }
}
