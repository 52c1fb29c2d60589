package dev.cloudfit.reports.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a UTF-8 shared-strings part ({@code <sst><si><t>..</t></si>..</sst>}) from its bytes, like
 * {@link SheetScanner} reads sheets: for a large estate the table holds hundreds of thousands of
 * texts. The runs of a rich text are joined, phonetic hints ({@code rPh}) are left out, OOXML's
 * {@code _xHHHH_} escapes are decoded; a DTD is refused and elements left open mean a cut-off part.
 */
final class SharedStringScanner extends XmlByteReader {

    SharedStringScanner(InputStream in) {
        super(in);
    }

    String[] read() throws IOException, XMLStreamException {
        List<String> texts = new ArrayList<>();
        boolean capturing = false;
        int phonetic = 0;
        int depth = 0;
        while (true) {
            if (capturing) {
                captureText();
            } else {
                skipText();
            }
            if (pos >= limit && !fill()) {
                break;
            }
            pos++; // '<'
            if (!ensure(1)) {
                throw new XMLStreamException("the shared strings end inside a tag");
            }
            byte first = buf[pos];
            if (first == '!') {
                if (startsWith("!--")) {
                    skipPast("-->");
                } else if (startsWith("![CDATA[")) {
                    pos += 8;
                    captureCdata(capturing);
                } else {
                    throw new XMLStreamException("a DTD or entity reference in the shared strings is not allowed");
                }
                continue;
            }
            if (first == '?') {
                skipPast("?>");
                continue;
            }
            int end = first == '/' ? endTagEnd() : tagEnd();
            if (end < 0) {
                throw new XMLStreamException("the shared strings end inside a tag");
            }
            if (first == '/') {
                int nameEnd = nameEnd(pos + 1, end);
                int local = localStart(pos + 1, nameEnd);
                pos = end + 1;
                depth--;
                if (is(local, nameEnd, "si")) {
                    try {
                        texts.add(SharedStringTable.decode(textString()));
                    } catch (InvalidUtf8Text e) {
                        throw e.inSharedString(texts.size());
                    }
                    capturing = false;
                } else if (is(local, nameEnd, "t")) {
                    capturing = false;
                } else if (is(local, nameEnd, "rPh")) {
                    phonetic--;
                }
                continue;
            }
            int nameEnd = nameEnd(pos, end);
            int local = localStart(pos, nameEnd);
            boolean selfClosing = buf[end - 1] == '/';
            if (is(local, nameEnd, "si")) {
                textLength = 0;
                textHasReference = false;
                textHasReturn = false;
                if (selfClosing) {
                    texts.add("");
                }
            } else if (is(local, nameEnd, "t")) {
                capturing = phonetic == 0 && !selfClosing;
            } else if (is(local, nameEnd, "rPh") && !selfClosing) {
                phonetic++;
            }
            if (!selfClosing) {
                depth++;
            }
            pos = end + 1;
        }
        if (depth != 0) {
            throw new XMLStreamException("the shared strings end early (" + depth + " elements left open)");
        }
        return texts.toArray(String[]::new);
    }
}
