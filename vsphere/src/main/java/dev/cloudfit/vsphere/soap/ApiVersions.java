package dev.cloudfit.vsphere.soap;

import java.util.regex.Pattern;

/** vim25 API version strings ({@code 6.5}, {@code 7.0.3.0}, {@code 8.0.2.0}) as sent in {@code SOAPAction}. */
final class ApiVersions {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){1,3}");

    private ApiVersions() {
    }

    static boolean isVersion(String text) {
        return text != null && VERSION.matcher(text).matches();
    }
}
