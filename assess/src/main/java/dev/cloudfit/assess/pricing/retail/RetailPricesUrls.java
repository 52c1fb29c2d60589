package dev.cloudfit.assess.pricing.retail;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Builds request URLs and the short form used in messages. Query values are percent-encoded by RFC 3986: every
 * byte of the UTF-8 form other than {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX}, so a space is {@code %20}
 * (never {@code +}, which the API would read as a plus) and a quote is {@code %27}.
 */
final class RetailPricesUrls {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RetailPricesUrls() {
    }

    /** The first page of a query: api-version, {@code currencyCode='XXX'} and the encoded {@code $filter}. */
    static URI firstPage(RetailPricesSettings settings, PriceQuery query) {
        String q = "api-version=" + encode(RetailPricesSettings.API_VERSION)
                + "&currencyCode=" + encode("'" + settings.currency().getCurrencyCode() + "'")
                + "&$filter=" + encode(query.filter().render());
        return URI.create(settings.endpoint().toString() + "?" + q);
    }

    /** Percent-encodes a query value (RFC 3986 unreserved characters stay as they are). */
    static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** The URL without its query, for messages: {@code https://prices.azure.com/api/retail/prices}. */
    static String withoutQuery(URI uri) {
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + authority + path;
    }
}
