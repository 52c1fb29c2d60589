package dev.cloudfit.testkit.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scripted HTTP answer. Besides a normal answer it can misbehave on purpose: stall before the status line
 * ({@link #stallBeforeHeaders()}), or send part of the body and then stall ({@link #stallAfter(int)}). A stall
 * lasts until the server is closed (never a timed sleep), so a client that does not bound its calls hangs, and the
 * test's own time limit catches it.
 *
 * @param status the HTTP status
 * @param headers response headers (Content-Length and Connection are added)
 * @param body the body
 * @param stallAtByte -1: send everything; 0 or more: send the status line, headers and this many body bytes, then
 *     stall; {@link #BEFORE_HEADERS}: stall before sending anything
 */
public record ScriptedReply(int status, Map<String, String> headers, byte[] body, int stallAtByte) {

    /** {@link #stallAtByte} value that stalls before the status line. */
    public static final int BEFORE_HEADERS = -2;

    public ScriptedReply {
        headers = Map.copyOf(headers);
    }

    public static ScriptedReply json(String body) {
        return new ScriptedReply(200, Map.of("Content-Type", "application/json; charset=utf-8"),
                body.getBytes(StandardCharsets.UTF_8), -1);
    }

    public static ScriptedReply of(int status, String contentType, String body) {
        return new ScriptedReply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8),
                -1);
    }

    /** A redirect to {@code location}. */
    public static ScriptedReply redirect(int status, String location) {
        return new ScriptedReply(status, Map.of("Location", location), new byte[0], -1);
    }

    /** This answer, but the server stalls before sending anything. */
    public ScriptedReply stallBeforeHeaders() {
        return new ScriptedReply(status, headers, body, BEFORE_HEADERS);
    }

    /** This answer, but the server stalls after {@code bytes} bytes of the body. */
    public ScriptedReply stallAfter(int bytes) {
        return new ScriptedReply(status, headers, body, bytes);
    }

    /** This answer with one more header. */
    public ScriptedReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ScriptedReply(status, more, body, stallAtByte);
    }
}
