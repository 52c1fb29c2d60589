package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sizes datacenters, clusters and hosts to the VM count: about 20 VMs per workload host (a common
 * consolidation ratio), clusters of 4 to 16 hosts, one more datacenter at each order of magnitude,
 * and a small management cluster per datacenter for the appliances.
 */
final class TopologyBuilder {

    static final int VMS_PER_HOST = 20;
    static final long SALT = 1;

    private static final String[][] SITES = {
        {"Amsterdam", "AMS"}, {"Frankfurt", "FRA"}, {"London", "LON"}, {"Dublin", "DUB"},
    };
    private static final List<String> WORKLOAD_PURPOSES = List.of("Prod", "Prod", "NonProd", "Prod", "DMZ", "NonProd");

    private TopologyBuilder() {
    }

    static EstateTopology build(GeneratorSettings settings) {
        Dice dice = Dice.forItem(settings.seed(), SALT, 0);
        int n = settings.vmCount();
        int datacenters = n < 300 ? 1 : n < 3_000 ? 2 : n < 20_000 ? 3 : 4;
        int workloadHosts = Math.max(3, (n + VMS_PER_HOST - 1) / VMS_PER_HOST);
        String vcenter = "vcenter01.corp.example";
        String vcenterUuid = uuid(dice);
        List<ClusterSite> clusters = new ArrayList<>();
        int remaining = workloadHosts;
        for (int d = 0; d < datacenters; d++) {
            String datacenter = SITES[d][0] + "-DC";
            String code = SITES[d][1];
            // the first datacenter is the biggest: it gets half of what is left, the last one the rest
            int share = d == datacenters - 1 ? remaining : Math.max(1, remaining / 2);
            remaining -= share;
            clusters.add(cluster(dice, d, datacenter, code, "Mgmt", 1, n < 50 ? 2 : dice.between(3, 4)));
            int number = 1;
            while (share > 0) {
                int size = Math.min(share, dice.between(4, 16));
                String purpose = WORKLOAD_PURPOSES.get((number - 1) % WORKLOAD_PURPOSES.size());
                clusters.add(cluster(dice, d, datacenter, code, purpose, number, size));
                share -= size;
                number++;
            }
        }
        return new EstateTopology(vcenter, vcenterUuid, clusters);
    }

    private static ClusterSite cluster(Dice dice, int dcIndex, String datacenter, String code, String purpose,
            int number, int hostCount) {
        String name = String.format(Locale.ROOT, "%s-%s-CL%02d", code, purpose, number);
        String lower = name.toLowerCase(Locale.ROOT);
        ServerModel server = ServerModel.pick(dice);
        int sockets = server.coresPerSocket() >= 56 || dice.chance(0.9) ? 2 : 4;
        int memoryGib = dice.oneOf(server.memoryGibOptions());
        List<Host> hosts = new ArrayList<>();
        for (int h = 1; h <= hostCount; h++) {
            // hosts report a little less memory than is installed (firmware and ESXi reservations)
            long memoryMib = memoryGib * 1024L - dice.between(200, 900);
            hosts.add(new Host(String.format(Locale.ROOT, "esx-%s-%02d.corp.example", lower, h), datacenter, name,
                    server.cpuModel(), sockets, sockets * server.coresPerSocket(),
                    Frequency.ofMegahertz(server.mhz()), DataSize.ofMebibytes(memoryMib), server.esxVersion()));
        }
        List<String> datastores = new ArrayList<>();
        int datastoreCount = Math.max(2, hostCount / 2);
        for (int s = 1; s <= datastoreCount; s++) {
            datastores.add(String.format(Locale.ROOT, "%s-ds%02d", lower, s));
        }
        return new ClusterSite(dcIndex, datacenter, code, name, purpose, server, hosts, datastores,
                networks(code, purpose, number));
    }

    private static List<PortGroup> networks(String code, String purpose, int number) {
        String c = code.toLowerCase(Locale.ROOT);
        if (purpose.equals("Mgmt")) {
            return List.of(new PortGroup("VM Network", "vSwitch0", 0, "mgmt"),
                    new PortGroup("Mgmt-VLAN10", "vSwitch0", 10, "mgmt"),
                    new PortGroup("Backup-VLAN900", "vSwitch1", 900, "backup"));
        }
        String dvs = "dvs-" + c + "-01";
        List<PortGroup> list = new ArrayList<>();
        int base = switch (purpose) {
            case "Prod" -> 100;
            case "NonProd" -> 200;
            default -> 300;
        };
        List<String> roles = switch (purpose) {
            case "Prod" -> List.of("web", "app", "db");
            case "NonProd" -> List.of("test", "dev", "app");
            default -> List.of("dmz");
        };
        for (int i = 0; i < roles.size(); i++) {
            int vlan = base + 10 * i + (number % 10);
            list.add(new PortGroup(String.format(Locale.ROOT, "dvpg-%s-vlan%d-%s", c, vlan, roles.get(i)),
                    dvs, vlan, roles.get(i)));
        }
        list.add(new PortGroup("dvpg-" + c + "-vlan900-backup", dvs, 900, "backup"));
        return list;
    }

    /** A UUID in vCenter's style, from the dice. */
    static String uuid(Dice dice) {
        return dice.hex(8) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + dice.hex(12);
    }
}
