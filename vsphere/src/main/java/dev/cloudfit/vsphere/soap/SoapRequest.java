package dev.cloudfit.vsphere.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One vim25 method call, ready to send: the method name and its body element. Built with
 * {@link #method(String, ManagedObjectReference)}; every value is escaped on the way in.
 *
 * <p>{@link #toString()} shows the method name only: a body may hold a password.
 */
public final class SoapRequest {

    private final String method;
    private final String body;
    private final List<String> secrets;

    private SoapRequest(String method, String body, List<String> secrets) {
        this.method = method;
        this.body = body;
        this.secrets = List.copyOf(secrets);
    }

    /**
     * @param method the vim25 method, e.g. {@code RetrieveServiceContent}
     * @param target the {@code _this} object the method is called on
     * @return a builder for the call's parameters, in WSDL order
     */
    public static Builder method(String method, ManagedObjectReference target) {
        return new Builder(method, target);
    }

    /** @return the vim25 method name */
    public String methodName() {
        return method;
    }

    /** @return the values added with {@link Builder#secret}: never to be shown, even when a server echoes them */
    public List<String> secrets() {
        return secrets;
    }

    /** @return the body element, {@code <Method xmlns="urn:vim25">...</Method>}; may hold secrets, never log it */
    public String bodyXml() {
        return body;
    }

    /** @return the complete SOAP 1.1 envelope; may hold secrets, never log it */
    public String envelope() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    @Override
    public String toString() {
        return "SoapRequest[" + method + "]";
    }

    /**
     * Appends parameters in the order the WSDL declares them (vCenter rejects other orders).
     * Element names are our own constants; values are escaped.
     */
    public static final class Builder {

        private final String method;
        private final StringBuilder xml = new StringBuilder(256);
        private final List<String> secrets = new ArrayList<>();

        private Builder(String method, ManagedObjectReference target) {
            this.method = requireName(method);
            xml.append('<').append(this.method).append(" xmlns=\"urn:vim25\">");
            reference("_this", target);
        }

        /** Adds {@code <name>text</name>}. */
        public Builder text(String name, String value) {
            Objects.requireNonNull(value, name);
            xml.append('<').append(requireName(name)).append('>').append(Xml.escape(value))
                    .append("</").append(name).append('>');
            return this;
        }

        /**
         * Adds {@code <name>value</name>} for a value that must never be shown (a password): a fault that echoes
         * it has it replaced by {@code ***} before anyone sees it.
         */
        public Builder secret(String name, String value) {
            text(name, value);
            if (!value.isEmpty()) {
                secrets.add(value);
                secrets.add(Xml.escape(value));
            }
            return this;
        }

        /** Adds {@code <name>value</name>} for an xsd:int or xsd:long. */
        public Builder number(String name, long value) {
            return text(name, Long.toString(value));
        }

        /** Adds {@code <name>true|false</name>}. */
        public Builder bool(String name, boolean value) {
            return text(name, Boolean.toString(value));
        }

        /** Adds {@code <name type="Type">value</name>}. */
        public Builder reference(String name, ManagedObjectReference ref) {
            Objects.requireNonNull(ref, name);
            xml.append('<').append(requireName(name)).append(" type=\"").append(Xml.escape(ref.type())).append("\">")
                    .append(Xml.escape(ref.value())).append("</").append(name).append('>');
            return this;
        }

        /**
         * Adds a structured parameter, e.g. a {@code PropertyFilterSpec}: its fields are written by
         * {@code content} through this same builder, so they are escaped like every other value.
         *
         * <pre>{@code
         * .object("specSet", null, spec -> spec
         *         .object("propSet", null, p -> p.text("type", "SessionManager").text("pathSet", "currentSession"))
         *         .object("objectSet", null, o -> o.reference("obj", sessionManager)))
         * }</pre>
         *
         * @param name the element name
         * @param xsiType the {@code xsi:type} to declare (needed where the WSDL type is abstract), or null
         * @param content writes the fields, in WSDL order
         */
        public Builder object(String name, String xsiType, Consumer<Builder> content) {
            xml.append('<').append(requireName(name));
            if (xsiType != null) {
                xml.append(" xsi:type=\"").append(requireName(xsiType)).append('"');
            }
            xml.append('>');
            content.accept(this);
            xml.append("</").append(name).append('>');
            return this;
        }

        /** @return the finished call */
        public SoapRequest build() {
            return new SoapRequest(method, xml + "</" + method + ">", secrets);
        }

        private static String requireName(String name) {
            Objects.requireNonNull(name, "element name");
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw new IllegalArgumentException("not an XML element name: " + name);
            }
            return name;
        }
    }
}
