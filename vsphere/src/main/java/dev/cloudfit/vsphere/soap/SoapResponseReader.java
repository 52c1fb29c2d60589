package dev.cloudfit.vsphere.soap;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns one method's response element into a value while the bytes stream in: the reader is on
 * the {@code <MethodResponse>} start tag, and the implementation must leave it on the matching end
 * tag (use {@link StaxReading} helpers). Nothing is buffered as a whole document.
 *
 * @param <T> what the response becomes
 */
@FunctionalInterface
public interface SoapResponseReader<T> {

    /**
     * @param reader positioned on the response element's start tag
     * @return the value
     * @throws XMLStreamException on malformed or unexpected XML
     */
    T read(XMLStreamReader reader) throws XMLStreamException;

    /** @return a reader for methods that return nothing ({@code Logout}, {@code DestroyView}) */
    static SoapResponseReader<Void> none() {
        return reader -> {
            StaxReading.skipElement(reader);
            return null;
        };
    }
}
