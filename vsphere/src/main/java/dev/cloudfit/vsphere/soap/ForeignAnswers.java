package dev.cloudfit.vsphere.soap;

import dev.cloudfit.core.error.ExternalSystemException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a vim25 answer from everything else that can sit at a URL: vim25 answers 200 with a
 * result or 500 with a fault, always as XML. A login page, a 404, a proxy's 502 or a JSON API is
 * reported with its status, content type and first characters, so the user sees what they reached.
 */
final class ForeignAnswers {

    private static final int SNIPPET_BYTES = 200;

    private ForeignAnswers() {
    }

    /** @throws ExternalSystemException when the answer is not vim25 SOAP */
    static void requireSoap(VcenterEndpoint endpoint, String method, HttpResponse<InputStream> response,
                            InputStream body) throws IOException {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        boolean xml = isXml(contentType);
        if ((status == 200 || status == 500) && xml) {
            return;
        }
        String snippet = snippet(body);
        String problem = xml ? "HTTP " + status : "HTTP " + status + " with content type '"
                + (contentType.isEmpty() ? "none" : contentType) + "'";
        throw new ExternalSystemException(endpoint + " answered " + method + " with " + problem
                + ", not vim25 SOAP: is this the SDK URL of a vCenter or ESXi host?"
                + (snippet.isEmpty() ? "" : " The answer begins: " + snippet));
    }

    private static boolean isXml(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/xml") || type.equals("application/xml") || type.equals("application/soap+xml");
    }

    /** @return the first bytes of a foreign answer, on one line */
    private static String snippet(InputStream body) throws IOException {
        byte[] start = body.readNBytes(SNIPPET_BYTES);
        String text = new String(start, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.isEmpty() ? "" : "'" + text + (start.length == SNIPPET_BYTES ? "...'" : "'");
    }
}
