package dev.cloudfit.vsphere.property;

import static dev.cloudfit.vsphere.testing.LocalHttpsServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.LocalHttpsServer;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What vcsim does not send: a server that pages by its own rules, answers without {@code returnval},
 * reports faults per property, or nests values without end. The server plays a minimal vCenter
 * (service content, login) and answers property calls from a script.
 */
class PropertyCollectorOddServerTest {

    private static final String SERVICE_CONTENT = "<RetrieveServiceContentResponse xmlns=\"urn:vim25\"><returnval>"
            + "<rootFolder type=\"Folder\">group-d1</rootFolder>"
            + "<propertyCollector type=\"PropertyCollector\">propertyCollector</propertyCollector>"
            + "<viewManager type=\"ViewManager\">ViewManager</viewManager>"
            + "<about><name>VMware VirtualCenter</name><fullName>VMware vCenter Server 8.0.2</fullName>"
            + "<apiType>VirtualCenter</apiType><apiVersion>8.0.2.0</apiVersion><instanceUuid>u</instanceUuid></about>"
            + "<sessionManager type=\"SessionManager\">SessionManager</sessionManager></returnval>"
            + "</RetrieveServiceContentResponse>";
    private static final String LOGIN = "<LoginResponse xmlns=\"urn:vim25\"><returnval><key>k</key><userName>u</userName>"
            + "<fullName>u</fullName><loginTime>2026-01-01T00:00:00Z</loginTime>"
            + "<lastActiveTime>2026-01-01T00:00:00Z</lastActiveTime></returnval></LoginResponse>";
    private static final Pattern TOKEN = Pattern.compile("<token>([^<]*)</token>");

    @TempDir
    static Path scratch;
    private static LocalHttpsServer server;
    private final List<String> calls = new ArrayList<>();

    @BeforeAll
    static void start() {
        server = LocalHttpsServer.start(scratch);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clear() {
        calls.clear();
    }

    /** Answers service content and login itself, property calls with {@code pages}. */
    private VcenterSession session(PageScript pages) {
        server.answer(exchange -> {
            String body = LocalHttpsServer.requestBody(exchange);
            String answer;
            if (body.contains("<RetrieveServiceContent ")) {
                answer = SERVICE_CONTENT;
            } else if (body.contains("<Login ")) {
                exchange.getResponseHeaders().add("Set-Cookie", "vmware_soap_session=\"abc\"; Path=/; HttpOnly");
                answer = LOGIN;
            } else if (body.contains("<Logout ")) {
                answer = "<LogoutResponse xmlns=\"urn:vim25\"/>";
            } else {
                synchronized (calls) {
                    calls.add(body);
                }
                answer = pages.answer(body);
            }
            LocalHttpsServer.respond(exchange, 200, "text/xml; charset=utf-8", envelope(answer));
        });
        return VcenterSession.login(SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()),
                TransportSettings.defaults()), new Credentials("u", "p"));
    }

    @FunctionalInterface
    private interface PageScript {
        String answer(String requestBody);
    }

    private static String vm(int i) {
        return "<objects><obj type=\"VirtualMachine\">vm-" + i + "</obj><propSet><name>name</name>"
                + "<val xsi:type=\"xsd:string\">vm " + i + "</val></propSet></objects>";
    }

    /** Three pages of 2, 2 and 1 VMs, whatever maxObjects said: the server decides page sizes. */
    private static String threePages(String body) {
        Matcher token = TOKEN.matcher(body);
        if (body.contains("<RetrievePropertiesEx ")) {
            return "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><token>t1</token>" + vm(1) + vm(2)
                    + "</returnval></RetrievePropertiesExResponse>";
        }
        if (body.contains("<ContinueRetrievePropertiesEx ") && token.find()) {
            return switch (token.group(1)) {
                case "t1" -> "<ContinueRetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><token>t2</token>"
                        + vm(3) + vm(4) + "</returnval></ContinueRetrievePropertiesExResponse>";
                case "t2" -> "<ContinueRetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval>" + vm(5)
                        + "</returnval></ContinueRetrievePropertiesExResponse>";
                default -> throw new IllegalStateException("unknown token");
            };
        }
        if (body.contains("<CancelRetrievePropertiesEx ")) {
            return "<CancelRetrievePropertiesExResponse xmlns=\"urn:vim25\"/>";
        }
        return "<CreateContainerViewResponse xmlns=\"urn:vim25\"><returnval type=\"ContainerView\">session[1]view</returnval>"
                + "</CreateContainerViewResponse>";
    }

    @Test
    void followsTokensUntilAPageHasNone() {
        try (VcenterSession session = session(PropertyCollectorOddServerTest::threePages)) {
            List<String> names = new ArrayList<>();
            RetrievalSummary summary = new PropertyCollector(session).retrieve(
                    List.of(new ManagedObjectReference("VirtualMachine", "vm-1")),
                    List.of(PropertySpec.of("VirtualMachine", "name", "config.hardware.numCPU")), new RetrieveOptions(3),
                    o -> names.add(o.text("name").orElseThrow()));
            assertThat(names).containsExactly("vm 1", "vm 2", "vm 3", "vm 4", "vm 5");
            assertThat(summary).isEqualTo(new RetrievalSummary(5, 3));
            assertThat(calls.get(0)).contains("<maxObjects>3</maxObjects>").contains("<all>false</all>")
                    .contains("<pathSet>name</pathSet><pathSet>config.hardware.numCPU</pathSet>")
                    .contains("<obj type=\"VirtualMachine\">vm-1</obj><skip>false</skip>");
            assertThat(calls.get(1)).contains("<ContinueRetrievePropertiesEx ").contains("<token>t1</token>");
            assertThat(calls.get(2)).contains("<token>t2</token>");
            assertThat(calls).hasSize(3);
        }
    }

    @Test
    void theViewIsWalkedThroughOneTraversalSpecAndTheViewItselfSkipped() {
        try (VcenterSession session = session(PropertyCollectorOddServerTest::threePages)) {
            try (var view = dev.cloudfit.vsphere.view.ContainerView.create(session,
                    session.serviceContent().rootFolder(), List.of("VirtualMachine", "HostSystem"), true)) {
                new PropertyCollector(session).retrieve(view, List.of(PropertySpec.of("VirtualMachine", "name")),
                        RetrieveOptions.defaults(), o -> { });
            }
            assertThat(calls.get(0)).contains("<CreateContainerView ").contains("<container type=\"Folder\">group-d1</container>"
                    + "<type>VirtualMachine</type><type>HostSystem</type><recursive>true</recursive>");
            assertThat(calls.get(1)).contains("<obj type=\"ContainerView\">session[1]view</obj><skip>true</skip>"
                    + "<selectSet xsi:type=\"TraversalSpec\"><name>traverseView</name><type>ContainerView</type>"
                    + "<path>view</path><skip>false</skip></selectSet>");
            assertThat(calls.get(calls.size() - 1)).contains("<DestroyView ").contains("session[1]view");
        }
    }

    @Test
    void aConsumerFailureReleasesTheOutstandingToken() {
        try (VcenterSession session = session(PropertyCollectorOddServerTest::threePages)) {
            assertThatThrownBy(() -> new PropertyCollector(session).retrieve(
                    List.of(new ManagedObjectReference("VirtualMachine", "vm-1")),
                    List.of(PropertySpec.of("VirtualMachine", "name")), new RetrieveOptions(2), o -> {
                        if (o.object().value().equals("vm-3")) {
                            throw new IllegalStateException("stop");
                        }
                    })).hasMessage("stop");
            assertThat(calls.get(calls.size() - 1)).contains("<CancelRetrievePropertiesEx ").contains("<token>t2</token>");
        }
    }

    @Test
    void anAnswerWithoutReturnvalIsAnEmptyResult() {
        try (VcenterSession session = session(body -> "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>")) {
            List<ObjectContent> got = new ArrayList<>();
            assertThat(new PropertyCollector(session).retrieve(List.of(new ManagedObjectReference("Folder", "group-d1")),
                    List.of(PropertySpec.of("Folder", "name")), RetrieveOptions.defaults(), got::add))
                    .isEqualTo(new RetrievalSummary(0, 1));
            assertThat(got).isEmpty();
        }
    }

    @Test
    void aPropertyTheUserMayNotReadIsReportedWithItsFault() {
        String answer = "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
                + "<obj type=\"VirtualMachine\">vm-9</obj>"
                + "<propSet><name>name</name><val xsi:type=\"xsd:string\">db01</val></propSet>"
                + "<missingSet><path>guest.net</path><fault><fault xsi:type=\"NoPermission\">"
                + "<object type=\"VirtualMachine\">vm-9</object><privilegeId>System.Read</privilegeId></fault>"
                + "<localizedMessage>Permission to perform this operation was denied.</localizedMessage></fault></missingSet>"
                + "</objects></returnval></RetrievePropertiesExResponse>";
        try (VcenterSession session = session(body -> answer)) {
            PropertyCollector collector = new PropertyCollector(session);
            ManagedObjectReference vm = new ManagedObjectReference("VirtualMachine", "vm-9");
            ObjectContent content = collector.read(vm, "name", "guest.net");
            assertThat(content.text("name")).hasValue("db01");
            assertThat(content.missing()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo("guest.net");
                assertThat(m.fault().name()).isEqualTo("NoPermission");
                assertThat(m.fault().detail("privilegeId")).isEqualTo("System.Read");
                assertThat(m.fault().detail("object")).isEqualTo("VirtualMachine:vm-9");
                assertThat(m.fault().message()).contains("denied");
            });
            assertThatThrownBy(() -> collector.readOne(vm, "guest.net")).isInstanceOf(MissingPropertyException.class)
                    .hasMessageContaining("guest.net").hasMessageContaining("NoPermission");
        }
    }

    @Test
    void valuesNestedWithoutEndAreRefused() {
        String deep = "<a>".repeat(200) + "x" + "</a>".repeat(200);
        String answer = "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
                + "<obj type=\"Folder\">group-d1</obj><propSet><name>name</name><val>" + deep + "</val></propSet>"
                + "</objects></returnval></RetrievePropertiesExResponse>";
        try (VcenterSession session = session(body -> answer)) {
            assertThatThrownBy(() -> new PropertyCollector(session).read(new ManagedObjectReference("Folder", "group-d1"), "name"))
                    .isInstanceOf(ExternalSystemException.class).hasMessageContaining("nested deeper than 64");
        }
    }

    @Test
    void repeatedFieldsOfADataObjectKeepEveryValue() {
        String answer = "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
                + "<obj type=\"VirtualMachine\">vm-1</obj><propSet><name>guest.net</name>"
                + "<val xsi:type=\"ArrayOfGuestNicInfo\"><GuestNicInfo><network>VM Network</network>"
                + "<ipAddress>10.0.0.5</ipAddress><ipAddress>fe80::1</ipAddress><macAddress>00:50:56:aa:bb:cc</macAddress>"
                + "<connected>true</connected><deviceConfigId>4000</deviceConfigId></GuestNicInfo></val></propSet>"
                + "</objects></returnval></RetrievePropertiesExResponse>";
        try (VcenterSession session = session(body -> answer)) {
            ObjectContent vm = new PropertyCollector(session).read(new ManagedObjectReference("VirtualMachine", "vm-1"), "guest.net");
            DataObjectValue nic = (DataObjectValue) vm.elements("guest.net").get(0);
            assertThat(nic.typeName()).isEqualTo("GuestNicInfo");
            assertThat(nic.all("ipAddress")).extracting(v -> v.text().orElseThrow()).containsExactly("10.0.0.5", "fe80::1");
            assertThat(nic.path("deviceConfigId").flatMap(PropertyValue::intValue)).hasValue(4000);
            assertThat(nic.path("connected").flatMap(PropertyValue::booleanValue)).hasValue(true);
        }
    }
}
