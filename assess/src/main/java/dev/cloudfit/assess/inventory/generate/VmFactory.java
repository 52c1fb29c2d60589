package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Placement;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.units.DataSize;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Makes one VM of the estate from its index alone: its kind comes from the {@link KindPlan}, every
 * other choice from a random stream seeded by (seed, index). That is what lets a writer walk 50,000
 * VMs, or regenerate any one of them, without keeping the others.
 */
final class VmFactory {

    static final long SALT = 3;

    private static final List<WorkloadProfile> WORKLOADS = List.of(WorkloadProfile.values());
    private static final double[] WORKLOAD_WEIGHTS = {25, 45, 15, 15};

    private final GeneratorSettings settings;
    private final EstateTopology topology;
    private final KindPlan plan;
    private final EstateTopology.ClusterPicker workloadClusters;
    private final EstateTopology.ClusterPicker managementClusters;

    VmFactory(GeneratorSettings settings, EstateTopology topology, KindPlan plan) {
        this.settings = settings;
        this.topology = topology;
        this.plan = plan;
        this.workloadClusters = new EstateTopology.ClusterPicker(topology.workloadClusters());
        this.managementClusters = new EstateTopology.ClusterPicker(topology.managementClusters());
    }

    GeneratedVm make(int index) {
        VmKind kind = plan.kindOf(index);
        Dice dice = Dice.forItem(settings.seed(), SALT, index);
        ApplianceProfile appliance = kind == VmKind.APPLIANCE ? ApplianceCatalogue.nth(plan.applianceNumber(index)) : null;
        ClusterSite cluster = (appliance != null ? managementClusters : workloadClusters).pick(dice);
        Host host = dice.oneOf(cluster.hosts());

        OsProfile os = appliance != null ? null : operatingSystem(dice, kind);
        boolean windows = os != null && os.windows();
        String role = appliance != null ? "appliance"
                : windows ? dice.weighted(Labels.WINDOWS_ROLES, Labels.WINDOWS_ROLE_WEIGHTS)
                : dice.weighted(Labels.LINUX_ROLES, Labels.LINUX_ROLE_WEIGHTS);
        if (kind == VmKind.SHARED_DISK || kind == VmKind.TOO_MUCH_MEMORY) {
            role = windows ? "sql" : "db";
        }
        String env = appliance != null ? "prd" : Labels.environment(dice, cluster.purpose());
        String name = name(index, kind, appliance, os, cluster, role, env);

        PowerState power = power(dice, kind);
        boolean template = kind == VmKind.TEMPLATE;
        VmShape shape = shape(dice, kind, appliance, os, role, windows);
        int hardware = appliance != null ? appliance.hardwareVersion() : hardwareVersion(dice, kind, os);
        // BIOS boots at most 128 vCPUs in vSphere 8, so the monster VMs are EFI
        Firmware firmware = appliance != null ? appliance.firmware()
                : shape.vcpus() > 128 ? Firmware.EFI : firmware(dice, os, hardware);
        boolean secureBoot = firmware == Firmware.EFI && hardware >= 13 && appliance == null && dice.chance(0.5);

        String configuredOs = appliance != null ? appliance.configuredOs() : os.configuredName();
        String toolsOs = appliance != null ? appliance.toolsOs() : os.toolsName();
        boolean toolsRunning = power == PowerState.POWERED_ON && toolsOs != null && dice.chance(0.96);

        List<MadeDisk> disks = DiskFactory.make(dice, new DiskFactory.DiskRequest(name, kind, windows, role, hardware,
                appliance, cluster.datastores()));
        List<MadePartition> partitions = toolsRunning
                ? PartitionFactory.make(dice, windows, role, appliance, disks) : List.of();
        int nicCount = appliance != null ? (appliance.vmwareProduct() ? 1 : 3) : nicCount(dice, role);
        boolean legacy = os != null && (os.bits() == 32 || hardware < 10);
        List<MadeNic> nics = NicFactory.make(dice, new NicFactory.NicRequest(index, settings.seed(), cluster, role,
                nicCount, legacy, power == PowerState.POWERED_ON, toolsRunning, dice.chance(0.15)));

        String team = appliance != null ? "team-infra" : dice.oneOf(Labels.TEAMS);
        String annotation = appliance != null
                ? appliance.product() + (appliance.vmwareProduct() ? "; VMware appliance, deployed from OVA, runs only on vSphere"
                        : "; vendor virtual appliance, deployed from OVA")
                : Labels.annotation(dice, team);
        String folder = template ? "Templates" : appliance != null ? "Infrastructure/VMware" : Labels.folder(dice, env, role);

        Vm.Builder b = Vm.builder(identity(dice, index, name))
                .powerState(power).template(template)
                .vcpus(shape.vcpus()).coresPerSocket(shape.coresPerSocket())
                .memory(DataSize.ofMebibytes(shape.memoryMib()))
                .firmware(firmware)
                .guestOs(new GuestOs(configuredOs, toolsRunning ? toolsOs : null))
                .hardwareVersion(hardware)
                .placement(new Placement(cluster.datacenter(), cluster.name(), host.name(), folder))
                .annotation(annotation)
                .customAttribute("owner", team)
                .customAttribute("app", appliance != null ? appliance.namePrefix() : dice.oneOf(Labels.APPS))
                .customAttribute("env", Labels.environmentName(env))
                .tag(new Tag("Backup Policy", template ? "None" : dice.weighted(Labels.BACKUP, Labels.BACKUP_WEIGHTS)));
        if (appliance != null) {
            b.tag(new Tag("Workload Type", appliance.vmwareProduct() ? "VMware appliance" : "Vendor appliance"));
        } else if (!template) {
            b.tag(new Tag("Workload Type", role.equals("dc") || role.equals("jump") ? "Infrastructure" : "Application"));
        }
        disks.forEach(d -> b.disk(d.disk()));
        partitions.forEach(p -> b.partition(p.partition()));
        nics.forEach(n -> b.nic(n.nic()));
        storage(b, dice, disks, partitions, shape, power, appliance);

        LocalDateTime created = created(dice, os);
        LocalDateTime poweredOn = power == PowerState.POWERED_ON ? poweredOn(dice, created) : null;
        WorkloadProfile workload = power != PowerState.POWERED_ON ? WorkloadProfile.IDLE
                : dice.weighted(WORKLOADS, WORKLOAD_WEIGHTS);
        return new GeneratedVm(index, b.build(), kind, workload,
                disks.stream().map(MadeDisk::slot).toList(),
                partitions.stream().map(MadePartition::diskIndex).toList(),
                nics.stream().map(MadeNic::switchName).toList(),
                secureBoot, appliance != null && appliance.memoryReserved(), created, poweredOn);
    }

    private static OsProfile operatingSystem(Dice dice, VmKind kind) {
        return switch (kind) {
            case GUEST_32BIT -> OsCatalogue.pick32(dice);
            case TOO_MUCH_MEMORY -> OsCatalogue.named("sles15");
            case TOO_MANY_VCPUS -> OsCatalogue.named(dice.chance(0.5) ? "rhel9" : "ws2022");
            case SHARED_DISK -> OsCatalogue.named(dice.chance(0.6) ? "ws2019" : "ol8");
            default -> OsCatalogue.pick64(dice);
        };
    }

    private String name(int index, VmKind kind, ApplianceProfile appliance, OsProfile os, ClusterSite cluster,
            String role, String env) {
        String site = cluster.siteCode().toLowerCase(Locale.ROOT);
        String number = Dice.decimalPadded(index + 1, 5);
        if (appliance != null) {
            return appliance.namePrefix() + "-" + site + "-" + number;
        }
        if (kind == VmKind.TEMPLATE) {
            return "tpl-" + os.shortName() + "-" + number;
        }
        return site + "-" + role + "-" + env + number;
    }

    private static PowerState power(Dice dice, VmKind kind) {
        if (kind == VmKind.TEMPLATE) {
            return PowerState.POWERED_OFF;
        }
        if (kind != VmKind.ORDINARY) {
            return PowerState.POWERED_ON;
        }
        double r = dice.between(0.0, 1.0);
        return r < 0.89 ? PowerState.POWERED_ON : r < 0.99 ? PowerState.POWERED_OFF : PowerState.SUSPENDED;
    }

    private static VmShape shape(Dice dice, VmKind kind, ApplianceProfile appliance, OsProfile os, String role,
            boolean windows) {
        return switch (kind) {
            case APPLIANCE -> new VmShape(appliance.vcpus(), 1, appliance.memoryGib() * 1024L);
            case TOO_MANY_VCPUS -> new VmShape(448, 56, 4L * 1024 * 1024);
            case TOO_MUCH_MEMORY -> new VmShape(192, 48, 16L * 1024 * 1024);
            case GUEST_32BIT -> new VmShape(dice.between(1, 2), 1, 1024L * dice.between(1, 4));
            default -> {
                VmShape s = ShapeSampler.sample(dice, role, windows);
                yield os.shortName().equals("win11") && s.memoryMib() < 4096
                        ? new VmShape(s.vcpus(), s.coresPerSocket(), 4096) : s;
            }
        };
    }

    /** Newer hardware versions are likelier: the larger of two uniform draws in the OS's range. */
    private static int hardwareVersion(Dice dice, VmKind kind, OsProfile os) {
        if (kind == VmKind.TOO_MANY_VCPUS || kind == VmKind.TOO_MUCH_MEMORY) {
            return 21;
        }
        int a = dice.between(os.minHardwareVersion(), os.maxHardwareVersion());
        int b = dice.between(os.minHardwareVersion(), os.maxHardwareVersion());
        return Math.max(a, b);
    }

    /** EFI follows the OS's share, halved on hardware older than version 13; 32-bit guests boot BIOS. */
    private static Firmware firmware(Dice dice, OsProfile os, int hardware) {
        if (os.bits() == 32) {
            return Firmware.BIOS;
        }
        double share = hardware >= 13 ? os.efiShare() : os.efiShare() / 2;
        return os.efiShare() >= 1.0 || dice.chance(share) ? Firmware.EFI : Firmware.BIOS;
    }

    private static int nicCount(Dice dice, String role) {
        int n = dice.weighted(List.of(1, 2, 3), new double[] {78, 18, 4});
        return role.equals("db") || role.equals("sql") ? Math.max(2, n) : n;
    }

    /**
     * Provisioned: the disks plus, when on, the swap file (memory) and a little for logs. In use:
     * thick disks in full, thin disks about what the guest consumed on them, swap and logs.
     */
    private static void storage(Vm.Builder b, Dice dice, List<MadeDisk> disks, List<MadePartition> partitions,
            VmShape shape, PowerState power, ApplianceProfile appliance) {
        long swapMib = power == PowerState.POWERED_ON && (appliance == null || !appliance.memoryReserved())
                ? shape.memoryMib() : 0;
        long logsMib = dice.between(1, 200);
        long provisioned = swapMib + logsMib;
        long inUse = swapMib + logsMib;
        for (int i = 0; i < disks.size(); i++) {
            long capacity = (long) disks.get(i).disk().capacity().toMebibytes();
            provisioned += capacity;
            if (disks.get(i).disk().provisioning() != DiskProvisioning.THIN) {
                inUse += capacity;
                continue;
            }
            long consumed = 0;
            boolean seen = false;
            for (MadePartition p : partitions) {
                if (p.diskIndex() == i) {
                    consumed += (long) p.partition().consumed().toMebibytes();
                    seen = true;
                }
            }
            long used = seen ? consumed + consumed / 20 : (long) (capacity * dice.between(0.1, 0.7));
            inUse += Math.min(capacity, used);
        }
        b.provisioned(DataSize.ofMebibytes(provisioned)).inUse(DataSize.ofMebibytes(inUse));
    }

    /**
     * MoRef {@code vm-N} rising with the index (gaps as in a real vCenter), an instance UUID in
     * vCenter's {@code 50xxxxxx-...} style and a SMBIOS UUID in {@code 42xxxxxx-...} style; both end
     * in the index, so they are unique in the estate whatever the random digits.
     */
    private VmIdentity identity(Dice dice, int index, String name) {
        String moRef = "vm-" + (1000L + 3L * index + dice.between(0, 2));
        String tail = Dice.hexPadded(dice.between(0, 0xFFFF), 4) + Dice.hexPadded(index, 8);
        String instance = "50" + dice.hex(6) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + tail;
        String bios = "42" + dice.hex(6) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + dice.hex(4) + "-" + tail;
        return new VmIdentity(name, topology.vcenter(), moRef, instance, bios);
    }

    private LocalDateTime created(Dice dice, OsProfile os) {
        LocalDateTime latest = settings.exportedAt().minusDays(2);
        LocalDateTime earliest = settings.exportedAt().minusYears(8);
        if (os != null) {
            LocalDateTime release = LocalDate.of(os.releaseYear(), 6, 1).atStartOfDay();
            earliest = release.isAfter(earliest) ? release : earliest;
        }
        if (!earliest.isBefore(latest)) {
            earliest = latest.minusDays(30);
        }
        long span = Duration.between(earliest, latest).toMinutes();
        return earliest.plusMinutes((long) (dice.between(0.0, 1.0) * span)).withNano(0);
    }

    private LocalDateTime poweredOn(Dice dice, LocalDateTime created) {
        LocalDateTime at = settings.exportedAt().minusMinutes(dice.between(10, 400 * 24 * 60));
        return at.isBefore(created) ? created.plusMinutes(5) : at;
    }
}
