package dev.cloudfit.assess.collect;

import dev.cloudfit.testkit.vcsim.Vcsim;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the simulator's VMs without cloudfit's vSphere client: hand-written SOAP over the JDK's
 * HTTP client, answers parsed as DOM. The expectation side of the collector tests, so a bug in our
 * property collector or mappers cannot hide on both sides.
 */
final class VcsimDirectRead {

    /** One VM as vcsim holds it. */
    record VmFacts(String name, int cpus, long memoryMb, List<Long> diskKb, List<String> macs) {
    }

    private final Vcsim vcsim;
    private final HttpClient http;
    private String cookie;

    VcsimDirectRead(Vcsim vcsim) {
        this.vcsim = vcsim;
        this.http = HttpClient.newBuilder().sslContext(vcsim.sslContext()).build();
    }

    Map<String, VmFacts> vms() throws Exception {
        post("<Login xmlns=\"urn:vim25\"><_this type=\"SessionManager\">SessionManager</_this><userName>" + vcsim.username()
                + "</userName><password>" + vcsim.password() + "</password></Login>");
        Document view = post("<CreateContainerView xmlns=\"urn:vim25\"><_this type=\"ViewManager\">ViewManager</_this>"
                + "<container type=\"Folder\">group-d1</container><type>VirtualMachine</type><recursive>true</recursive>"
                + "</CreateContainerView>");
        String viewId = view.getElementsByTagNameNS("*", "returnval").item(0).getTextContent();
        Document result = post("<RetrievePropertiesEx xmlns=\"urn:vim25\"><_this type=\"PropertyCollector\">propertyCollector</_this>"
                + "<specSet><propSet><type>VirtualMachine</type><pathSet>name</pathSet><pathSet>config.hardware</pathSet></propSet>"
                + "<objectSet><obj type=\"ContainerView\">" + viewId + "</obj><skip>true</skip>"
                + "<selectSet xsi:type=\"TraversalSpec\"><name>v</name><type>ContainerView</type><path>view</path><skip>false</skip></selectSet>"
                + "</objectSet></specSet><options/></RetrievePropertiesEx>");
        Map<String, VmFacts> out = new TreeMap<>();
        NodeList objects = result.getElementsByTagNameNS("*", "objects");
        for (int i = 0; i < objects.getLength(); i++) {
            String name = null;
            Element hardware = null;
            for (Element prop : children((Element) objects.item(i), "propSet")) {
                String propName = children(prop, "name").get(0).getTextContent();
                Element val = children(prop, "val").get(0);
                if (propName.equals("name")) {
                    name = val.getTextContent();
                } else {
                    hardware = val;
                }
            }
            List<Long> disks = new ArrayList<>();
            List<String> macs = new ArrayList<>();
            for (Element device : children(hardware, "device")) {
                String type = device.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
                if (type.endsWith("VirtualDisk")) {
                    disks.add(Long.parseLong(children(device, "capacityInKB").get(0).getTextContent()));
                }
                if (!children(device, "macAddress").isEmpty()) {
                    macs.add(children(device, "macAddress").get(0).getTextContent());
                }
            }
            out.put(name, new VmFacts(name, Integer.parseInt(children(hardware, "numCPU").get(0).getTextContent()),
                    Long.parseLong(children(hardware, "memoryMB").get(0).getTextContent()), disks, macs));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private Document post(String body) throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
                + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" + body
                + "</soapenv:Body></soapenv:Envelope>";
        HttpRequest.Builder request = HttpRequest.newBuilder(vcsim.sdkUrl())
                .header("Content-Type", "text/xml; charset=utf-8").header("SOAPAction", "urn:vim25/6.5")
                .POST(HttpRequest.BodyPublishers.ofString(envelope));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";", 2)[0]);
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("vcsim answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return doc;
    }
}
