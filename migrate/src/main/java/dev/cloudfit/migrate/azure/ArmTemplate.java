package dev.cloudfit.migrate.azure;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ARM templates the adapter deploys (the repository's {@code templates/}, carried in the jar),
 * and the parameters the code passes to each: exactly the template's declared parameters, always
 * all of them (optional ones as empty values), which a test holds together.
 */
enum ArmTemplate {
    /** A VM from attached managed disks. */
    VM_FROM_DISKS("vm-from-disks"),
    /** A VM's network interface in an existing subnet. */
    NIC("nic"),
    /** An isolated virtual network for a test migration. */
    TEST_NETWORK("test-network");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String folder;

    ArmTemplate(String folder) {
        this.folder = folder;
    }

    /** @return the folder under {@code templates/} */
    String folder() {
        return folder;
    }

    /** @return the template as a JSON tree of maps and lists */
    Map<String, Object> json() {
        String resource = "templates/" + folder + "/azuredeploy.json";
        try (InputStream in = ArmTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: the migrate jar is incomplete");
            }
            return MAPPER.readValue(in, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + resource, e);
        }
    }

    static Map<String, Object> vmParameters(VmDeployment vm, OsDisk.OsType osType, Provenance provenance) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vmName", vm.id().name());
        p.put("location", vm.region());
        p.put("vmSize", vm.size());
        p.put("osType", osType == OsDisk.OsType.WINDOWS ? "Windows" : "Linux");
        p.put("osDiskId", vm.osDisk().toString());
        List<String> data = new ArrayList<>();
        vm.dataDisks().forEach(d -> data.add(d.toString()));
        p.put("dataDiskIds", data);
        p.put("nicId", vm.nic().toString());
        p.put("licenseType", vm.license().armValue());
        p.put("zone", vm.zone() == null ? "" : vm.zone());
        p.put("bootDiagnostics", vm.bootDiagnostics());
        p.put("tags", provenance.tags());
        return p;
    }

    static Map<String, Object> nicParameters(NicTarget nic, Provenance provenance) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nicName", nic.id().name());
        p.put("location", nic.region());
        p.put("subnetId", nic.subnet().id());
        p.put("privateIpAddress", nic.staticIp() == null ? "" : nic.staticIp());
        p.put("tags", provenance.tags());
        return p;
    }

    static Map<String, Object> testNetworkParameters(TestNetwork network, Provenance provenance) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("vnetName", network.vnet().name());
        p.put("location", network.region());
        p.put("addressPrefix", network.addressPrefix());
        p.put("subnetName", network.subnet());
        p.put("subnetPrefix", network.subnetPrefix());
        p.put("tags", provenance.testNetworkTags());
        return p;
    }
}
