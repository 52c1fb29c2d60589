package dev.cloudfit.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

    private static final VcenterEndpoint VCENTER = VcenterEndpoint.parse("vc.example.org");

    private static String worded(IOException failure) {
        return SendFailures.translate(VCENTER, "QueryPerf", TransportSettings.defaults(), failure).getMessage();
    }

    @Test
    void aRefusedConnectionSaysVcenterCannotBeReached() {
        assertThat(worded(new ConnectException()))
                .startsWith("cannot reach vCenter https://vc.example.org/sdk (QueryPerf): no connection to vc.example.org:443");
    }

    @Test
    void aConnectionResetWhileACallIsInFlightSaysTheConnectionWasLost() {
        assertThat(worded(new IOException(new SocketException("Connection reset"))))
                .startsWith("lost the connection to vCenter https://vc.example.org/sdk (QueryPerf) (Connection reset)");
        assertThat(worded(new IOException("HTTP/1.1 header parser received no bytes")))
                .startsWith("lost the connection to vCenter");
    }

    @Test
    void anyOtherFailureNamesTheCallAndItsInnermostReason() {
        assertThat(worded(new IOException(new IOException("stream was reset"))))
                .isEqualTo("calling vCenter https://vc.example.org/sdk (QueryPerf) failed: stream was reset");
    }
}
