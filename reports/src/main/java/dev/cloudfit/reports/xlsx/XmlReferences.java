package dev.cloudfit.reports.xlsx;

/**
 * XML's character references ({@code &#65;}, {@code &#x41;}) and five predefined entities
 * ({@code &lt; &gt; &amp; &quot; &apos;}) in text, replaced by their characters. Any other entity
 * would need a DTD, which worksheets may not have, so it is an error rather than something to expand.
 */
final class XmlReferences {

    private XmlReferences() {
    }

    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (amp >= 0) {
            int semi = s.indexOf(';', amp);
            if (semi < 0) {
                throw new IllegalArgumentException("an unterminated reference in the sheet's XML: '"
                        + shorten(s.substring(amp)) + "'");
            }
            out.append(s, from, amp);
            String name = s.substring(amp + 1, semi);
            switch (name) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(codePoint(name));
            }
            from = semi + 1;
            amp = s.indexOf('&', from);
        }
        return out.append(s, from, s.length()).toString();
    }

    private static int codePoint(String name) {
        try {
            if (name.startsWith("#x")) {
                return checked(Integer.parseInt(name.substring(2), 16), name);
            }
            if (name.startsWith("#")) {
                return checked(Integer.parseInt(name.substring(1)), name);
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("an entity reference '&" + shorten(name)
                + ";' in a worksheet is not allowed (only the five predefined entities are)");
    }

    private static int checked(int cp, String name) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            throw new IllegalArgumentException("'&" + name + ";' is not a character");
        }
        return cp;
    }

    private static String shorten(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
