package dev.cloudfit.vsphere.http;

import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * An answer whose body is still streaming; the caller closes the body. A read that waits longer than
 * the request timeout for the next bytes fails ("the server sent nothing for N s").
 *
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param body the body
 */
public record HttpAnswer(int statusCode, HttpHeaders headers, InputStream body) {

    public HttpAnswer {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }
}
