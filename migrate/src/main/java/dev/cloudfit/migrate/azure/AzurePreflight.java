package dev.cloudfit.migrate.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.fluent.models.ResourceSkuInner;
import com.azure.resourcemanager.compute.fluent.models.UsageInner;
import com.azure.resourcemanager.compute.models.ResourceSkuCapabilities;
import com.azure.resourcemanager.compute.models.ResourceSkuRestrictions;
import com.azure.resourcemanager.resources.fluent.models.LocationInner;
import dev.cloudfit.migrate.azure.AzureFinding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wave's pre-flight against Azure: the region exists; each size is offered there and not
 * restricted for the subscription (Resource SKUs); the vCPU quota of each family, and the regional
 * total, holds the whole wave (usages); names are valid; the resource group exists or may be created.
 */
final class AzurePreflight {

    private final ArmClients arm;

    AzurePreflight(ArmClients arm) {
        this.arm = arm;
    }

    List<AzureFinding> check(WaveDemand wave) {
        List<AzureFinding> findings = new ArrayList<>();
        AzureResourceId subscription = AzureResourceId.subscription(arm.connection.subscriptionId());
        String region = wave.region().toLowerCase(Locale.ROOT).replace(" ", "");
        boolean regionKnown = false;
        for (LocationInner location : ArmCalls.call("listing the regions of", subscription,
                () -> arm.subscriptions.getSubscriptions().listLocations(arm.connection.subscriptionId()))) {
            regionKnown |= region.equals(location.name());
        }
        names(wave, findings);
        resourceGroup(wave, findings);
        if (!regionKnown) {
            findings.add(new AzureFinding("azure.region.unknown", Severity.BLOCKER, wave.region(),
                    "the region '" + wave.region() + "' does not exist or is not available to subscription " + arm.connection.subscriptionId(),
                    "use a region name as 'az account list-locations -o table' shows it (e.g. westeurope)"));
            return findings;
        }
        Map<String, ResourceSkuInner> skus = new LinkedHashMap<>();
        for (ResourceSkuInner sku : ArmCalls.call("listing the VM sizes of", subscription,
                () -> arm.compute.getResourceSkus().list("location eq '" + region + "'", null, Context.NONE))) {
            if ("virtualMachines".equalsIgnoreCase(sku.resourceType())) {
                skus.put(sku.name().toLowerCase(Locale.ROOT), sku);
            }
        }
        Map<String, Integer> needByFamily = new LinkedHashMap<>();
        int needTotal = 0;
        for (WaveDemand.Vm vm : wave.vms()) {
            ResourceSkuInner sku = skus.get(vm.size().toLowerCase(Locale.ROOT));
            if (sku == null) {
                findings.add(new AzureFinding("azure.size.not-offered", Severity.BLOCKER, vm.vmName(),
                        "the size " + vm.size() + " is not offered in " + region,
                        "choose another size in the workbook and approve it again, or another region"));
                continue;
            }
            if (restricted(sku, region)) {
                findings.add(new AzureFinding("azure.size.restricted", Severity.BLOCKER, vm.vmName(),
                        "the size " + vm.size() + " is restricted for this subscription in " + region + " (NotAvailableForSubscription)",
                        "ask Azure support to lift the restriction, or choose another size"));
                continue;
            }
            int vcpus = vcpus(sku);
            needByFamily.merge(sku.family(), vcpus, Integer::sum);
            needTotal += vcpus;
        }
        quota(region, needByFamily, needTotal, subscription, findings);
        return findings;
    }

    private void quota(String region, Map<String, Integer> needByFamily, int needTotal, AzureResourceId subscription,
                       List<AzureFinding> findings) {
        Map<String, UsageInner> usages = new LinkedHashMap<>();
        for (UsageInner usage : ArmCalls.call("reading the vCPU quotas of", subscription, () -> arm.compute.getUsages().list(region))) {
            usages.put(usage.name().value().toLowerCase(Locale.ROOT), usage);
        }
        needByFamily.forEach((family, need) -> quotaFinding("azure.quota.family", family, family + " vCPUs", region,
                need, usages.get(family.toLowerCase(Locale.ROOT)), findings));
        if (needTotal > 0) {
            quotaFinding("azure.quota.regional", "cores", "Total Regional vCPUs", region, needTotal, usages.get("cores"), findings);
        }
    }

    private static void quotaFinding(String id, String family, String label, String region, int need, UsageInner usage,
                                     List<AzureFinding> findings) {
        if (usage == null) {
            findings.add(new AzureFinding(id, Severity.WARNING, family, "no quota is reported for " + label + " in " + region,
                    "check the quota in the portal (Subscriptions > Usage + quotas) before the wave"));
            return;
        }
        long free = usage.limit() - usage.currentValue();
        if (need > free) {
            findings.add(new AzureFinding(id, Severity.BLOCKER, family, "the wave needs " + need + " " + label + " in " + region
                    + " but only " + free + " of " + usage.limit() + " are free",
                    "request a quota increase of at least " + (need - free) + " " + label + " in " + region
                            + ", or split the wave"));
        }
    }

    private void names(WaveDemand wave, List<AzureFinding> findings) {
        for (WaveDemand.Vm vm : wave.vms()) {
            if (!AzureNames.validVm(vm.vmName())) {
                findings.add(nameFinding(vm.vmName(), "VM", "1 to 64 letters, digits, '.', '-' or '_', not ending with '.' or '-'"));
            }
            for (String disk : vm.diskNames()) {
                if (!AzureNames.validDiskOrNic(disk)) {
                    findings.add(nameFinding(disk, "disk", "1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit and ending with a letter, digit or '_'"));
                }
            }
            if (!AzureNames.validDiskOrNic(vm.nicName())) {
                findings.add(nameFinding(vm.nicName(), "NIC", "1 to 80 letters, digits, '.', '-' or '_', starting with a letter or digit and ending with a letter, digit or '_'"));
            }
        }
    }

    private static AzureFinding nameFinding(String name, String kind, String rule) {
        return new AzureFinding("azure.name.invalid", Severity.BLOCKER, name, "'" + name + "' is not a valid " + kind + " name in Azure",
                "rename it in the workbook: " + rule);
    }

    private void resourceGroup(WaveDemand wave, List<AzureFinding> findings) {
        String group = wave.resourceGroup();
        if (!AzureNames.validGroup(group)) {
            findings.add(new AzureFinding("azure.name.invalid", Severity.BLOCKER, group, "'" + group + "' is not a valid resource group name",
                    "rename it: 1 to 90 letters, digits, '.', '_', '-', '(' or ')', not ending with '.'"));
            return;
        }
        AzureResourceId label = AzureResourceId.resourceGroup(arm.connection.subscriptionId(), group);
        boolean exists = ArmCalls.call("reading", label, () -> arm.resources.getResourceGroups().checkExistence(group));
        if (!exists && !wave.mayCreateResourceGroup()) {
            findings.add(new AzureFinding("azure.resource-group.missing", Severity.BLOCKER, group,
                    "the resource group '" + group + "' does not exist", "create it, or allow cloudfit to create it"));
        } else if (!exists) {
            findings.add(new AzureFinding("azure.resource-group.will-create", Severity.INFO, group,
                    "the resource group '" + group + "' does not exist yet; it will be created in " + wave.region(), "none"));
        }
    }

    private static boolean restricted(ResourceSkuInner sku, String region) {
        if (sku.restrictions() == null) {
            return false;
        }
        for (ResourceSkuRestrictions r : sku.restrictions()) {
            if (r.values() == null || r.values().isEmpty() || r.values().stream().anyMatch(v -> v.equalsIgnoreCase(region))) {
                return true;
            }
        }
        return false;
    }

    private static int vcpus(ResourceSkuInner sku) {
        if (sku.capabilities() != null) {
            for (ResourceSkuCapabilities c : sku.capabilities()) {
                if ("vCPUs".equals(c.name())) {
                    return Integer.parseInt(c.value());
                }
            }
        }
        return 0;
    }
}
