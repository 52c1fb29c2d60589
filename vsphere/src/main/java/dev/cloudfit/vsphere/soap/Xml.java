package dev.cloudfit.vsphere.soap;

/**
 * Escapes text for the XML we send. Every value that goes into an envelope (names, passwords,
 * property paths) passes through here, so no value can end an element or inject markup.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * @param value any text
     * @return the text with {@code & < > " '} escaped, safe in element content and attribute values
     * @throws IllegalArgumentException when the text holds a character XML 1.0 cannot carry (e.g. U+0000)
     */
    public static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> out.append("&#13;"); // a raw CR would be normalised to LF by the server's parser
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new IllegalArgumentException(
                                "text holds a control character XML cannot carry: U+" + String.format("%04X", (int) c));
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
