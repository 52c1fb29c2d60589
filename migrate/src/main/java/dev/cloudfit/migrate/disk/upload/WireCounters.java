package dev.cloudfit.migrate.disk.upload;

import java.util.concurrent.atomic.AtomicLong;

/** What the upload client put on the wire, every attempt counted: requests, body bytes, retries. */
public final class WireCounters {

    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong bodyBytesSent = new AtomicLong();
    private final AtomicLong bodyBytesReceived = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong largestBody = new AtomicLong();

    void sent(long bodyBytes) {
        requests.incrementAndGet();
        bodyBytesSent.addAndGet(bodyBytes);
        largestBody.accumulateAndGet(bodyBytes, Math::max);
    }

    void received(long bodyBytes) {
        bodyBytesReceived.addAndGet(bodyBytes);
    }

    void retried() {
        retries.incrementAndGet();
    }

    public long requests() {
        return requests.get();
    }

    /** @return request body bytes sent, every attempt counted (HTTP headers not included) */
    public long bodyBytesSent() {
        return bodyBytesSent.get();
    }

    public long bodyBytesReceived() {
        return bodyBytesReceived.get();
    }

    public long retries() {
        return retries.get();
    }

    /** @return the largest request body sent */
    public long largestBody() {
        return largestBody.get();
    }
}
