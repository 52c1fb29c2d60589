package dev.cloudfit.vsphere.soap;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The only way this module parses XML from the network: the JDK's StAX parser with DTDs and
 * external entities switched off, the JDK's entity expansion limit at its minimum, and a reader that throws
 * {@link UnsafeXmlException} as soon as it meets a {@code <!DOCTYPE>} or an entity reference.
 *
 * <p>Why refuse rather than ignore: with DTD support off, the JDK would skip the declaration and
 * then fail on the first undeclared entity with a parser message that does not say why. Refusing
 * the declaration names the problem. The limits are a second fence in case a future JDK or a
 * different StAX provider on the class path behaves otherwise; {@link XMLInputFactory#newDefaultFactory()}
 * pins the JDK's own implementation.
 */
public final class SecureXml {

    /**
     * Entity expansions allowed in one document. vim25 needs none: the five predefined entities
     * ({@code &amp;amp;} ...) and character references are not counted. 1, not 0, because the JDK reads 0 as "no limit".
     * The JDK's entity <em>size</em> limits are left alone: they count ordinary document text as well.
     */
    static final int ENTITY_EXPANSION_LIMIT = 1;

    private static final XMLInputFactory FACTORY = newFactory();

    private SecureXml() {
    }

    /**
     * @param in an XML document; the caller closes it
     * @return a namespace-aware, coalescing reader that refuses DTDs and entity references
     * @throws XMLStreamException when the parser cannot start
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return new Guard(FACTORY.createXMLStreamReader(in));
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, (long) ENTITY_EXPANSION_LIMIT);
        return factory;
    }

    /** Refuses the events a vim25 response never contains. */
    private static final class Guard extends StreamReaderDelegate {

        Guard(XMLStreamReader reader) {
            super(reader);
            refuse(reader.getEventType());
        }

        @Override
        public int next() throws XMLStreamException {
            return refuse(super.next());
        }

        @Override
        public int nextTag() throws XMLStreamException {
            while (true) {
                int event = next();
                switch (event) {
                    case START_ELEMENT, END_ELEMENT:
                        return event;
                    case CHARACTERS, CDATA, SPACE:
                        if (!isWhiteSpace()) {
                            throw new XMLStreamException("expected an element, found text", getLocation());
                        }
                        break;
                    case COMMENT, PROCESSING_INSTRUCTION:
                        break;
                    default:
                        throw new XMLStreamException("expected an element, found event " + event, getLocation());
                }
            }
        }

        @Override
        public String getElementText() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (true) {
                int event = next();
                switch (event) {
                    case CHARACTERS, CDATA, SPACE -> text.append(getText());
                    case END_ELEMENT -> {
                        return text.toString();
                    }
                    case COMMENT, PROCESSING_INSTRUCTION -> { }
                    default -> throw new XMLStreamException("expected text only, found event " + event, getLocation());
                }
            }
        }

        private static int refuse(int event) {
            if (event == XMLStreamConstants.DTD) {
                throw new UnsafeXmlException("refused an XML response that declares a document type (<!DOCTYPE>):"
                        + " vim25 never sends one, and it is how XXE and entity-expansion attacks start");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new UnsafeXmlException("refused an XML response that uses a declared entity: vim25 never does");
            }
            return event;
        }
    }
}
