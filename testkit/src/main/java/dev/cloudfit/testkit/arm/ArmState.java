package dev.cloudfit.testkit.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The local ARM's resources and Azure's rules about them: managed disks and their upload states,
 * virtual networks, NICs, VMs, resource groups. Every method is atomic (synchronized).
 */
final class ArmState {

    static final long MIB = 1024L * 1024;
    /** Azure's smallest upload size: 20 MiB plus the footer. */
    static final long MIN_UPLOAD = 20 * MIB + 512;
    /** Azure's largest upload size: 32 TiB plus the footer. */
    static final long MAX_UPLOAD = 32L * 1024 * 1024 * MIB + 512;

    static final String DISKS = "Microsoft.Compute/disks";
    static final String VMS = "Microsoft.Compute/virtualMachines";
    static final String NICS = "Microsoft.Network/networkInterfaces";
    static final String VNETS = "Microsoft.Network/virtualNetworks";
    static final String SUBNETS = "Microsoft.Network/virtualNetworks/subnets";
    static final String DEPLOYMENTS = "Microsoft.Resources/deployments";
    private static final Set<String> DISK_SKUS = Set.of("Standard_LRS", "StandardSSD_LRS", "Premium_LRS",
            "UltraSSD_LRS", "PremiumV2_LRS", "StandardSSD_ZRS", "Premium_ZRS");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The outcome of a PUT. */
    record Put(ObjectNode body, boolean created) {
    }

    private final String subscriptionId;
    private final ArmCatalog catalog;
    private final UploadBlobs blobs;
    private final Map<String, ObjectNode> resources = new LinkedHashMap<>();
    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();

    ArmState(String subscriptionId, ArmCatalog catalog, UploadBlobs blobs) {
        this.subscriptionId = subscriptionId;
        this.catalog = catalog;
        this.blobs = blobs;
    }

    // ---- resource groups

    synchronized ObjectNode group(String name) {
        return groups.get(ArmPath.key(name));
    }

    synchronized ObjectNode putGroup(String name, JsonNode body) {
        String location = body.path("location").asText();
        requireRegion(location);
        ObjectNode existing = groups.get(ArmPath.key(name));
        ObjectNode group = existing != null ? existing : JSON.objectNode();
        group.put("id", "/subscriptions/" + subscriptionId + "/resourceGroups/" + (existing != null ? existing.get("name").asText() : name));
        group.put("name", existing != null ? existing.get("name").asText() : name);
        group.put("type", "Microsoft.Resources/resourceGroups");
        group.put("location", existing != null ? existing.get("location").asText() : location);
        if (body.has("tags")) {
            group.set("tags", body.get("tags").deepCopy());
        }
        group.putObject("properties").put("provisioningState", "Succeeded");
        groups.put(ArmPath.key(name), group);
        return group;
    }

    /** Deletes a group and everything in it, dependants first. */
    synchronized void deleteGroup(String name) {
        String prefix = ("/subscriptions/" + subscriptionId + "/resourcegroups/" + name + "/").toLowerCase(java.util.Locale.ROOT);
        for (String type : List.of(DEPLOYMENTS, VMS, NICS, DISKS, VNETS)) {
            new ArrayList<>(resources.keySet()).stream()
                    .filter(k -> k.startsWith(prefix) && resources.get(k).path("type").asText().equalsIgnoreCase(type))
                    .forEach(k -> remove(resources.get(k)));
        }
        resources.keySet().removeIf(k -> k.startsWith(prefix));
        groups.remove(ArmPath.key(name));
    }

    // ---- reads

    synchronized ObjectNode get(ArmPath path) {
        if (path.isType(SUBNETS)) {
            ObjectNode vnet = resources.get(ArmPath.key(path.parent().id()));
            return vnet == null ? null : subnet(vnet, path.name());
        }
        ObjectNode body = resources.get(ArmPath.key(path.id()));
        return body == null ? null : body.deepCopy();
    }

    synchronized List<ArmResource> all() {
        return resources.values().stream().map(ArmResource::of).toList();
    }

    synchronized ObjectNode listByTag(String resourceGroup, String tagName, String tagValue) {
        ArrayNode value = JSON.arrayNode();
        for (ObjectNode r : resources.values()) {
            if (r.path("type").asText().equalsIgnoreCase(DEPLOYMENTS)) {
                continue;
            }
            if (resourceGroup != null && !r.path("id").asText().toLowerCase(java.util.Locale.ROOT)
                    .contains(("/resourcegroups/" + resourceGroup + "/").toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            JsonNode tag = r.path("tags").get(tagName);
            if (tagName != null && (tag == null || (tagValue != null && !tag.asText().equals(tagValue)))) {
                continue;
            }
            ObjectNode item = value.addObject();
            item.put("id", r.path("id").asText()).put("name", r.path("name").asText()).put("type", r.path("type").asText())
                    .put("location", r.path("location").asText());
            item.set("tags", r.path("tags").deepCopy());
        }
        ObjectNode out = JSON.objectNode();
        out.set("value", value);
        return out;
    }

    synchronized int vcpusUsed(String region, String family) {
        int sum = 0;
        for (ObjectNode r : resources.values()) {
            if (r.path("type").asText().equalsIgnoreCase(VMS) && ArmCatalog.norm(r.path("location").asText()).equals(region)) {
                ArmCatalog.Size size = catalog.available(region, r.path("properties").path("hardwareProfile").path("vmSize").asText());
                if (size != null && ("cores".equals(family) || size.family().equalsIgnoreCase(family))) {
                    sum += size.vcpus();
                }
            }
        }
        return sum;
    }

    // ---- writes

    synchronized Put put(ArmPath path, JsonNode request) {
        if (group(path.resourceGroup()) == null) {
            throw ArmError.notFound("resource group " + path.resourceGroup());
        }
        if (path.isType(SUBNETS)) {
            return putSubnet(path, request);
        }
        ObjectNode existing = resources.get(ArmPath.key(path.id()));
        String location = request.path("location").asText();
        requireRegion(location);
        if (existing != null && !ArmCatalog.norm(existing.path("location").asText()).equals(ArmCatalog.norm(location))) {
            throw ArmError.badRequest("InvalidResourceLocation", "The resource '" + path.name() + "' already exists in location '"
                    + existing.path("location").asText() + "'. A resource with the same name cannot be created in location '" + location + "'.");
        }
        ObjectNode body = ((ObjectNode) request).deepCopy();
        body.put("id", existing != null ? existing.get("id").asText() : path.id());
        body.put("name", path.name());
        body.put("type", path.type());
        ObjectNode props = body.has("properties") ? (ObjectNode) body.get("properties") : body.putObject("properties");
        if (path.isType(DISKS)) {
            putDisk(path, body, props, existing);
        } else if (path.isType(VNETS)) {
            putVnet(path, props);
        } else if (path.isType(NICS)) {
            putNic(path, body, props, existing);
        } else if (path.isType(VMS)) {
            putVm(path, body, props, existing);
        } else {
            throw ArmError.badRequest("NoRegisteredProviderFound", "The local ARM does not serve the type '" + path.type() + "'.");
        }
        props.put("provisioningState", existing == null ? "Creating" : "Updating");
        resources.put(ArmPath.key(path.id()), body);
        return new Put(body.deepCopy(), existing == null);
    }

    synchronized void setProvisioningState(String id, String state) {
        ObjectNode body = resources.get(ArmPath.key(id));
        if (body != null) {
            ((ObjectNode) body.get("properties")).put("provisioningState", state);
        }
    }

    /** Checks that a resource may be deleted; {@code false} when it does not exist. */
    synchronized boolean checkDelete(ArmPath path) {
        ObjectNode body = resources.get(ArmPath.key(path.id()));
        if (body == null) {
            return false;
        }
        if (path.isType(DISKS) && body.hasNonNull("managedBy")) {
            throw ArmError.conflict("OperationNotAllowed", "Disk " + path.name() + " is attached to VM "
                    + body.get("managedBy").asText() + ".");
        }
        if (path.isType(NICS) && body.path("properties").hasNonNull("virtualMachine")) {
            throw ArmError.badRequest("NicInUse", "Network Interface " + path.id() + " is used by existing resource "
                    + body.path("properties").path("virtualMachine").path("id").asText() + ". In order to delete the network interface, it must be dissociated from the resource.");
        }
        if (path.isType(VNETS)) {
            for (ObjectNode r : resources.values()) {
                if (r.path("type").asText().equalsIgnoreCase(NICS)) {
                    for (JsonNode ip : r.path("properties").path("ipConfigurations")) {
                        String subnet = ip.path("properties").path("subnet").path("id").asText();
                        if (ArmPath.key(subnet).startsWith(ArmPath.key(path.id()) + "/")) {
                            throw ArmError.badRequest("InUseSubnetCannotBeDeleted", "Subnet " + subnet
                                    + " is in use by " + r.path("id").asText() + " and cannot be deleted.");
                        }
                    }
                }
            }
        }
        return true;
    }

    synchronized void delete(ArmPath path) {
        ObjectNode body = resources.get(ArmPath.key(path.id()));
        if (body != null) {
            remove(body);
        }
    }

    private void remove(ObjectNode body) {
        String id = body.path("id").asText();
        if (body.path("type").asText().equalsIgnoreCase(VMS)) {
            for (ObjectNode r : resources.values()) {
                if (id.equalsIgnoreCase(r.path("managedBy").asText())) {
                    r.remove("managedBy");
                    ((ObjectNode) r.get("properties")).put("diskState", "Unattached");
                }
                if (id.equalsIgnoreCase(r.path("properties").path("virtualMachine").path("id").asText())) {
                    ((ObjectNode) r.get("properties")).remove("virtualMachine");
                }
            }
        }
        if (body.path("type").asText().equalsIgnoreCase(DISKS) && body.path("properties").has("uploadBlob")) {
            blobs.delete(body.path("properties").path("uploadBlob").asText());
        }
        resources.remove(ArmPath.key(id));
    }

    // ---- disks

    private void putDisk(ArmPath path, ObjectNode body, ObjectNode props, ObjectNode existing) {
        String sku = body.path("sku").path("name").asText("Standard_LRS");
        if (!DISK_SKUS.contains(sku)) {
            throw ArmError.badRequest("InvalidParameter", "The value '" + sku + "' of parameter 'sku.name' is not valid.");
        }
        JsonNode creation = props.path("creationData");
        String option = creation.path("createOption").asText();
        if (existing != null) {
            JsonNode old = existing.path("properties").path("creationData");
            if (!old.path("createOption").equals(creation.path("createOption"))
                    || !old.path("uploadSizeBytes").equals(creation.path("uploadSizeBytes"))) {
                throw ArmError.conflict("PropertyChangeNotAllowed", "Changing property 'creationData' is not allowed for disk " + path.name() + ".");
            }
            for (String kept : List.of("diskState", "diskSizeBytes", "uploadBlob", "timeCreated", "uniqueId")) {
                if (existing.path("properties").has(kept)) {
                    props.set(kept, existing.path("properties").get(kept));
                }
            }
            if (existing.has("managedBy")) {
                body.set("managedBy", existing.get("managedBy"));
            }
            return;
        }
        String os = props.path("osType").asText("");
        if (!os.isEmpty() && !os.equals("Windows") && !os.equals("Linux")) {
            throw ArmError.badRequest("InvalidParameter", "The value '" + os + "' of parameter 'osType' is not valid.");
        }
        String generation = props.path("hyperVGeneration").asText("V1");
        if (!generation.equals("V1") && !generation.equals("V2")) {
            throw ArmError.badRequest("InvalidParameter", "The value '" + generation + "' of parameter 'hyperVGeneration' is not valid.");
        }
        if ("Upload".equals(option)) {
            long upload = creation.path("uploadSizeBytes").asLong(-1);
            if (upload < MIN_UPLOAD || upload > MAX_UPLOAD || (upload - 512) % MIB != 0) {
                throw ArmError.badRequest("InvalidParameter", "The upload size of disk '" + path.name() + "' is " + upload
                        + " bytes. It must be between " + MIN_UPLOAD + " and " + MAX_UPLOAD
                        + " bytes, and the size minus 512 bytes for the VHD footer must be a multiple of MiB.");
            }
            props.put("diskState", "ReadyToUpload");
            props.put("diskSizeBytes", upload - 512);
        } else if ("Empty".equals(option)) {
            long gb = props.path("diskSizeGB").asLong(0);
            if (gb < 1) {
                throw ArmError.badRequest("InvalidParameter", "Required parameter 'diskSizeGB' is missing (null).");
            }
            props.put("diskState", "Unattached");
            props.put("diskSizeBytes", gb * 1024 * MIB);
        } else {
            throw ArmError.badRequest("InvalidParameter", "The value '" + option + "' of parameter 'creationData.createOption' is not supported here.");
        }
        props.put("uniqueId", UUID.randomUUID().toString());
        props.put("timeCreated", java.time.OffsetDateTime.now().toString());
    }

    /** grantAccess: the disk must be waiting for upload; returns the SAS URL. */
    synchronized String grantAccess(ArmPath disk, JsonNode request) {
        ObjectNode body = requireExisting(disk);
        ObjectNode props = (ObjectNode) body.get("properties");
        String state = props.path("diskState").asText();
        if (!"Write".equals(request.path("access").asText())) {
            if (!"Unattached".equals(state) && !"Attached".equals(state)) {
                throw ArmError.conflict("OperationNotAllowed", "Read access cannot be granted to disk " + disk.name() + " in state " + state + ".");
            }
        } else if (!"ReadyToUpload".equals(state) && !"ActiveUpload".equals(state)) {
            throw ArmError.conflict("OperationNotAllowed", "Write access can only be granted to a disk in ReadyToUpload state; disk "
                    + disk.name() + " is " + state + ".");
        }
        if (!props.has("uploadBlob")) {
            props.put("uploadBlob", blobs.create(disk.name(), props.path("creationData").path("uploadSizeBytes").asLong()));
        }
        props.put("diskState", "ActiveUpload");
        return blobs.sasUrl(props.get("uploadBlob").asText(), request.path("durationInSeconds").asLong(3600));
    }

    /** revokeAccess: checks the footer of an uploaded VHD; {@code null} when it succeeded, else Azure's message. */
    synchronized String revokeAccess(ArmPath disk) {
        ObjectNode body = requireExisting(disk);
        ObjectNode props = (ObjectNode) body.get("properties");
        if (!"ActiveUpload".equals(props.path("diskState").asText())) {
            return null;
        }
        long upload = props.path("creationData").path("uploadSizeBytes").asLong();
        String problem = VhdFooterCheck.problem(blobs.footer(props.get("uploadBlob").asText(), upload), disk.name(), upload - 512);
        if (problem == null) {
            props.put("diskState", "Unattached");
        }
        return problem;
    }

    // ---- networks

    private void putVnet(ArmPath path, ObjectNode props) {
        if (props.path("addressSpace").path("addressPrefixes").isEmpty()) {
            throw ArmError.badRequest("InvalidRequestFormat", "Virtual network " + path.name() + " needs addressSpace.addressPrefixes.");
        }
        for (JsonNode subnet : props.path("subnets")) {
            if (subnet.path("name").asText().isEmpty() || subnet.path("properties").path("addressPrefix").asText().isEmpty()) {
                throw ArmError.badRequest("InvalidRequestFormat", "Every subnet of " + path.name() + " needs a name and an addressPrefix.");
            }
            ((ObjectNode) subnet).put("id", path.id() + "/subnets/" + subnet.path("name").asText());
            ((ObjectNode) subnet.get("properties")).put("provisioningState", "Succeeded");
        }
    }

    private Put putSubnet(ArmPath path, JsonNode request) {
        ObjectNode vnet = resources.get(ArmPath.key(path.parent().id()));
        if (vnet == null) {
            throw ArmError.notFound(path.parent().id());
        }
        ArrayNode subnets = ((ObjectNode) vnet.get("properties")).withArray("subnets");
        boolean created = subnet(vnet, path.name()) == null;
        for (int i = 0; i < subnets.size(); i++) {
            if (subnets.get(i).path("name").asText().equalsIgnoreCase(path.name())) {
                subnets.remove(i);
            }
        }
        ObjectNode subnet = subnets.addObject();
        subnet.put("id", path.id()).put("name", path.name());
        subnet.set("properties", request.path("properties").deepCopy());
        ((ObjectNode) subnet.get("properties")).put("provisioningState", "Succeeded");
        return new Put(subnet.deepCopy(), created);
    }

    private static ObjectNode subnet(ObjectNode vnet, String name) {
        for (JsonNode subnet : vnet.path("properties").path("subnets")) {
            if (subnet.path("name").asText().equalsIgnoreCase(name)) {
                return ((ObjectNode) subnet).deepCopy();
            }
        }
        return null;
    }

    private void putNic(ArmPath path, ObjectNode body, ObjectNode props, ObjectNode existing) {
        JsonNode configs = props.path("ipConfigurations");
        if (configs.isEmpty()) {
            throw ArmError.badRequest("InvalidRequestFormat", "Network interface " + path.name() + " needs an ipConfiguration.");
        }
        int n = 0;
        for (JsonNode config : configs) {
            ObjectNode ip = (ObjectNode) config.get("properties");
            String subnetId = ip.path("subnet").path("id").asText();
            ArmPath subnetPath = ArmPath.parse(segments(subnetId));
            ObjectNode subnet = subnetPath == null ? null : get(subnetPath);
            if (subnet == null) {
                throw ArmError.badRequest("InvalidResourceReference", "Resource " + subnetId + " referenced by resource "
                        + path.id() + " was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.");
            }
            if (ip.hasNonNull("publicIPAddress")) {
                String pip = ip.path("publicIPAddress").path("id").asText();
                if (!resources.containsKey(ArmPath.key(pip))) {
                    throw ArmError.badRequest("InvalidResourceReference", "Resource " + pip + " referenced by resource " + path.id() + " was not found.");
                }
            }
            String method = ip.path("privateIPAllocationMethod").asText("Dynamic");
            if ("Static".equals(method)) {
                if (ip.path("privateIPAddress").asText().isEmpty()) {
                    throw ArmError.badRequest("PrivateIPAddressIsRequired", "Static allocation for " + path.name() + " needs privateIPAddress.");
                }
            } else {
                String prefix = subnet.path("properties").path("addressPrefix").asText("10.0.0.0/24");
                String base = prefix.substring(0, prefix.lastIndexOf('.') + 1);
                ip.put("privateIPAddress", base + (4 + nicsIn(subnetId) + n));
            }
            ((ObjectNode) config).put("id", path.id() + "/ipConfigurations/" + config.path("name").asText("ipconfig1"));
            n++;
        }
        if (existing != null && existing.path("properties").has("virtualMachine")) {
            props.set("virtualMachine", existing.path("properties").get("virtualMachine"));
        }
        props.put("macAddress", existing != null ? existing.path("properties").path("macAddress").asText()
                : String.format("00-0D-3A-%02X-%02X-%02X", resources.size() & 0xFF, 0x10, 0x20));
    }

    private int nicsIn(String subnetId) {
        int count = 0;
        for (ObjectNode r : resources.values()) {
            for (JsonNode ip : r.path("properties").path("ipConfigurations")) {
                if (ip.path("properties").path("subnet").path("id").asText().equalsIgnoreCase(subnetId)) {
                    count++;
                }
            }
        }
        return count;
    }

    // ---- VMs

    private void putVm(ArmPath path, ObjectNode body, ObjectNode props, ObjectNode existing) {
        String region = ArmCatalog.norm(body.path("location").asText());
        String sizeName = props.path("hardwareProfile").path("vmSize").asText();
        ArmCatalog.Size size = catalog.available(region, sizeName);
        if (size == null) {
            throw ArmError.conflict("SkuNotAvailable", "The requested VM size " + sizeName + " is not available in location '"
                    + region + "' for this subscription.");
        }
        if (existing == null) {
            for (String family : List.of(size.family(), "cores")) {
                int[] quota = catalog.quota(region, family);
                if (quota != null && quota[0] + vcpusUsed(region, family) + size.vcpus() > quota[1]) {
                    throw ArmError.conflict("OperationNotAllowed", "Operation could not be completed as it results in exceeding approved "
                            + family + " Cores quota. Location: " + region + ", Current Limit: " + quota[1]
                            + ", Current Usage: " + (quota[0] + vcpusUsed(region, family)) + ", Additional Required: " + size.vcpus() + ".");
                }
            }
        }
        String vmId = path.id();
        JsonNode storage = props.path("storageProfile");
        JsonNode osDisk = storage.path("osDisk");
        if (!"Attach".equals(osDisk.path("createOption").asText())) {
            throw ArmError.badRequest("InvalidParameter", "Only osDisk.createOption 'Attach' is served by the local ARM.");
        }
        List<ObjectNode> disks = new ArrayList<>();
        ObjectNode os = attachable(osDisk.path("managedDisk").path("id").asText(), vmId);
        if (os.path("properties").path("osType").asText().isEmpty()) {
            throw ArmError.badRequest("InvalidParameter", "The disk " + os.path("name").asText()
                    + " cannot be attached as an OS disk: it has no osType.");
        }
        disks.add(os);
        Set<Integer> luns = new HashSet<>();
        for (JsonNode data : storage.path("dataDisks")) {
            if (!luns.add(data.path("lun").asInt(-1))) {
                throw ArmError.badRequest("InvalidParameter", "The lun " + data.path("lun").asInt() + " is used by more than one data disk.");
            }
            disks.add(attachable(data.path("managedDisk").path("id").asText(), vmId));
        }
        List<ObjectNode> nics = new ArrayList<>();
        for (JsonNode ref : props.path("networkProfile").path("networkInterfaces")) {
            ObjectNode nic = resources.get(ArmPath.key(ref.path("id").asText()));
            if (nic == null) {
                throw ArmError.badRequest("InvalidResourceReference", "Resource " + ref.path("id").asText()
                        + " referenced by resource " + vmId + " was not found.");
            }
            String user = nic.path("properties").path("virtualMachine").path("id").asText();
            if (!user.isEmpty() && !user.equalsIgnoreCase(vmId)) {
                throw ArmError.badRequest("NicInUse", "Network interface " + nic.path("id").asText() + " is used by " + user + ".");
            }
            nics.add(nic);
        }
        if (nics.isEmpty()) {
            throw ArmError.badRequest("InvalidParameter", "A VM needs at least one network interface.");
        }
        for (ObjectNode disk : disks) {
            disk.put("managedBy", vmId);
            ((ObjectNode) disk.get("properties")).put("diskState", "Attached");
        }
        for (ObjectNode nic : nics) {
            ((ObjectNode) nic.get("properties")).putObject("virtualMachine").put("id", vmId);
        }
        props.put("vmId", existing != null ? existing.path("properties").path("vmId").asText() : UUID.randomUUID().toString());
    }

    private ObjectNode attachable(String diskId, String vmId) {
        ObjectNode disk = resources.get(ArmPath.key(diskId));
        if (disk == null) {
            throw ArmError.notFound(diskId);
        }
        String state = disk.path("properties").path("diskState").asText();
        boolean ours = vmId.equalsIgnoreCase(disk.path("managedBy").asText());
        if (!"Unattached".equals(state) && !ours) {
            throw ArmError.conflict("OperationNotAllowed", "Disk " + disk.path("name").asText()
                    + " cannot be attached: its state is " + state + (disk.hasNonNull("managedBy") ? " (attached to " + disk.get("managedBy").asText() + ")" : "") + ".");
        }
        return disk;
    }

    synchronized ObjectNode instanceView(ArmPath vm) {
        ObjectNode body = requireExisting(vm);
        ObjectNode view = JSON.objectNode();
        ArrayNode statuses = view.putArray("statuses");
        String provisioning = body.path("properties").path("provisioningState").asText();
        statuses.addObject().put("code", "ProvisioningState/" + provisioning.toLowerCase(java.util.Locale.ROOT)).put("level", "Info");
        if ("Succeeded".equals(provisioning)) {
            statuses.addObject().put("code", "PowerState/running").put("level", "Info").put("displayStatus", "VM running");
        }
        return view;
    }

    // ---- helpers

    private ObjectNode requireExisting(ArmPath path) {
        ObjectNode body = resources.get(ArmPath.key(path.id()));
        if (body == null) {
            throw ArmError.notFound(path.id());
        }
        return body;
    }

    private void requireRegion(String location) {
        if (location.isEmpty() || !catalog.hasRegion(location)) {
            throw ArmError.badRequest("LocationNotAvailableForResourceType", "The provided location '" + location
                    + "' is not available for this subscription.");
        }
    }

    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
