package dev.cloudfit.reports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A workbook's shared-strings table ({@code xl/sharedStrings.xml}) read once into an array, so that a
 * text cell costs one index lookup: Excel and RVTools store every text cell this way. Rich-text runs
 * are joined, phonetic hints are left out and OOXML's {@code _xHHHH_} escapes are decoded. DTDs and
 * entity references are refused as in the sheets.
 */
final class SharedStringTable {

    static final SharedStringTable EMPTY = new SharedStringTable(new String[0]);

    private final String[] texts;

    private SharedStringTable(String[] texts) {
        this.texts = texts;
    }

    int size() {
        return texts.length;
    }

    /** The text at {@code index}; an index outside the table means a damaged sheet. */
    String get(int index) {
        if (index < 0 || index >= texts.length) {
            throw new IndexOutOfBoundsException("shared string " + index + " of a table of " + texts.length);
        }
        return texts[index];
    }

    /** Reads the part: UTF-8 (what Excel and RVTools write) from its bytes, anything else with StAX. */
    static SharedStringTable read(InputStream part) throws XMLStreamException, IOException {
        byte[] head = part.readNBytes(256);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), part);
        if (SheetXmlParser.isUtf8(head)) {
            return new SharedStringTable(new SharedStringScanner(whole).read());
        }
        return readWithStax(whole);
    }

    static SharedStringTable readWithStax(InputStream part) throws XMLStreamException {
        XMLStreamReader x = StaxSheetParser.FACTORY.createXMLStreamReader(part);
        try {
            List<String> texts = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            int phonetic = 0;
            while (x.hasNext()) {
                int event = x.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XMLStreamException("a DTD or entity reference in the shared strings is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = x.getLocalName();
                        if (name.equals("si")) {
                            text.setLength(0);
                        } else if (name.equals("rPh")) {
                            phonetic++;
                        } else if (name.equals("t")) {
                            inText = phonetic == 0;
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (inText) {
                            text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = x.getLocalName();
                        if (name.equals("si")) {
                            texts.add(decode(text));
                        } else if (name.equals("rPh")) {
                            phonetic--;
                        } else if (name.equals("t")) {
                            inText = false;
                        }
                    }
                    default -> {
                        // comments, processing instructions, the document's start and end
                    }
                }
            }
            return new SharedStringTable(texts.toArray(String[]::new));
        } finally {
            x.close();
        }
    }

    /** The text with OOXML's {@code _xHHHH_} character escapes decoded. */
    static String decode(CharSequence s) {
        int at = indexOfEscape(s, 0);
        if (at < 0) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            out.append(s, from, at).append((char) Integer.parseInt(s.subSequence(at + 2, at + 6).toString(), 16));
            from = at + 7;
            at = indexOfEscape(s, from);
        }
        return out.append(s, from, s.length()).toString();
    }

    private static int indexOfEscape(CharSequence s, int from) {
        for (int i = from; i + 7 <= s.length(); i++) {
            if (s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
