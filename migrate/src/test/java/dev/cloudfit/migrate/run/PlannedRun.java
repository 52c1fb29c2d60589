package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlanFile;
import dev.cloudfit.migrate.plan.Planner;
import dev.cloudfit.migrate.plan.PlannerVcsimTest;
import dev.cloudfit.migrate.plan.VcenterVms;
import dev.cloudfit.migrate.preflight.SourceRule;
import dev.cloudfit.migrate.source.VsphereSourceVm;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The set-up the run tests share: an approved workbook ({@link PlannerVcsimTest#approvedWorkbook}) planned
 * against vcsim into a workspace, and a runner over vcsim and the given Azure adapter. {@link #landingZone}
 * makes what the workbook's rows name in the local ARM.
 */
record PlannedRun(MigrateWorkspace ws, MigrationPlan plan, MigrationRunner runner) {

    /** The resource group and subnet the approved rows name: rg-migrated, vnet-landing/snet-apps in westeurope. */
    static void landingZone(LocalArm arm) {
        arm.createResourceGroup("rg-migrated", "westeurope");
        arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");
    }

    static PlannedRun of(Path workbook, Path workspace, Vcsim vcsim, VcenterSession session, LocalArm arm,
            AzureAdapter azure) {
        MigrateWorkspace ws = MigrateWorkspace.at(workspace);
        MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                .plan(workbook, "vcsim", new VcenterVms(session));
        PlanFile.write(plan, ws.planFile());
        MigrationRunner runner = new MigrationRunner(ws, new VsphereSourceVm(session, VcsimObjects.tls(vcsim),
                TransportSettings.defaults()), azure, arm.subscriptionId(), Clock.systemUTC(), RunListener.NONE);
        return new PlannedRun(ws, plan, runner);
    }
}
