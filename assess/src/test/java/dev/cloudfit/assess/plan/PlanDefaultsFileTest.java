package dev.cloudfit.assess.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.inventory.Placement;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.error.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDefaultsFileTest {

    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("rules.csv");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    private static Vm vm(String name, String cluster, String folder, List<Tag> tags) {
        Vm.Builder b = Vm.builder(new VmIdentity(name, "vc1", "vm-1", "uuid-" + name, null))
                .placement(new Placement("dc", cluster, "esx1", folder));
        tags.forEach(b::tag);
        return b.build();
    }

    @Test
    void rulesApplyTopToBottom_eachSettingTheFieldsItFills() throws Exception {
        PlanDefaults rules = PlanDefaultsFile.read(file(
                "match,pattern,resource group,vnet,subnet,wave,ip,test vnet",
                "cluster,*,rg-landing,vnet-landing,snet-default,1,dynamic,vnet-landing-test",
                "folder,Finance*,rg-finance,,snet-finance,2,,",
                "tag,Tier:db,,,snet-db,3,,",
                "name,sql-0?,,,,4,10.1.2.40,"));
        PlanTargets web = rules.targets(vm("web-01", "Prod", "Apps", List.of()));
        assertThat(web).isEqualTo(new PlanTargets("rg-landing", "vnet-landing", "snet-default", 1, "dynamic",
                "vnet-landing-test"));
        PlanTargets finance = rules.targets(vm("ledger", "Prod", "finance-eu", List.of(new Tag("Tier", "db"))));
        assertThat(finance).isEqualTo(new PlanTargets("rg-finance", "vnet-landing", "snet-db", 3, "dynamic",
                "vnet-landing-test"));
        PlanTargets sql = rules.targets(vm("SQL-01", "Prod", "Apps", List.of()));
        assertThat(sql.wave()).isEqualTo(4);
        assertThat(sql.ip()).isEqualTo("10.1.2.40");
        assertThat(rules.targets(vm("sql-011", "Prod", "Apps", List.of())).wave()).as("? is one character").isEqualTo(1);
    }

    @Test
    void withoutRulesAVmGetsAResourceGroupNamedAfterItsClusterAndNothingMadeUp() {
        PlanTargets t = PlanDefaults.NONE.targets(vm("web-01", "Prod Cluster #2", null, List.of()));
        assertThat(t).isEqualTo(new PlanTargets("rg-prod-cluster-2", "", "", 1, "dynamic", ""));
    }

    @Test
    void badValuesAreRefusedNamingLineAndColumn() throws Exception {
        String header = "match,pattern,resource group,vnet,subnet,wave,ip,test vnet";
        assertThatThrownBy(() -> PlanDefaultsFile.read(file(header, "host,*,,,,,,")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("row 2, column 'match'")
                .hasMessageContaining("[cluster, folder, tag, name]");
        assertThatThrownBy(() -> PlanDefaultsFile.read(file(header, "cluster,*,,-bad,,,,")))
                .hasMessageContaining("row 2, column 'vnet'");
        assertThatThrownBy(() -> PlanDefaultsFile.read(file(header, "cluster,*,,,,0,,")))
                .hasMessageContaining("row 2, column 'wave'");
        assertThatThrownBy(() -> PlanDefaultsFile.read(file(header, "cluster,*,,,,,10.0.0.256,")))
                .hasMessageContaining("column 'ip'");
        assertThatThrownBy(() -> PlanDefaultsFile.read(file("match,pattern,vnet", "cluster,*,v")))
                .hasMessageContaining("no 'resource group' column");
        assertThatThrownBy(() -> PlanDefaultsFile.read(dir.resolve("absent.csv"))).hasMessageContaining("no such file");
    }
}
