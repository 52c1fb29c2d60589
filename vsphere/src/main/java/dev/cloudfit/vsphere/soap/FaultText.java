package dev.cloudfit.vsphere.soap;

import dev.cloudfit.vsphere.fault.VimFault;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a SOAP fault fit to show. A server may echo the request in its fault string ("Unable to parse request:
 * &lt;Login ...&gt;"), and a Login request carries the password. So, before a fault reaches a message: every
 * {@linkplain SoapRequest#secrets() secret} of the request becomes {@code ***}; from the first {@code <} on, the
 * text is left out (markup in a fault is an echo, never advice); control characters and line breaks become spaces;
 * and the result is cut to {@value #MAX_MESSAGE} characters ({@value #MAX_DETAIL} for a detail field).
 */
final class FaultText {

    static final int MAX_MESSAGE = 300;
    static final int MAX_DETAIL = 120;
    static final String ECHO_LEFT_OUT = "[XML echoed by the server left out]";

    private FaultText() {
    }

    static VimFault clean(VimFault fault, SoapRequest request) {
        Map<String, String> details = new LinkedHashMap<>();
        fault.details().forEach((k, v) -> details.put(clean(k, request.secrets(), MAX_DETAIL),
                clean(v, request.secrets(), MAX_DETAIL)));
        return new VimFault(clean(fault.name(), request.secrets(), MAX_DETAIL),
                clean(fault.message(), request.secrets(), MAX_MESSAGE), details);
    }

    static String clean(String text, List<String> secrets, int max) {
        String t = withoutSecrets(text, secrets);
        int markup = t.indexOf('<');
        if (markup >= 0) {
            t = t.substring(0, markup).stripTrailing() + (markup == 0 ? "" : " ") + ECHO_LEFT_OUT;
        }
        return oneLine(t, max);
    }

    /** A parser's message about the answer: secrets out, one line, at most {@code max} characters. */
    static String parserMessage(String text, List<String> secrets, int max) {
        return oneLine(withoutSecrets(text, secrets), max);
    }

    private static String withoutSecrets(String text, List<String> secrets) {
        String t = text == null ? "" : text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                t = t.replace(secret, "***");
            }
        }
        return t;
    }

    private static String oneLine(String t, int max) {
        StringBuilder one = new StringBuilder(Math.min(t.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < t.length() && one.length() <= max; i++) {
            char c = t.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isISOControl(c);
            if (blank) {
                if (!space && one.length() > 0) {
                    one.append(' ');
                }
                space = true;
            } else {
                one.append(c);
                space = false;
            }
        }
        String result = one.toString().strip();
        return result.length() > max ? result.substring(0, max - 1) + "…" : result;
    }
}
