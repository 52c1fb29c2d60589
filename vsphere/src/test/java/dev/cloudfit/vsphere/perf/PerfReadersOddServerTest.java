package dev.cloudfit.vsphere.perf;

import static dev.cloudfit.vsphere.testing.LocalHttpsServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.LocalHttpsServer;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QueryPerf answers as vCenter writes them (-1 for no data) and as vcsim writes them (zeros left out). */
class PerfReadersOddServerTest {

    @TempDir
    Path scratch;

    @Test
    void missingValuesAreLeftOutAndUnpairableSeriesDropped() {
        String answer = "<QueryPerfResponse xmlns=\"urn:vim25\"><returnval xsi:type=\"PerfEntityMetric\">"
                + "<entity type=\"VirtualMachine\">vm-7</entity>"
                + "<sampleInfo><timestamp>2026-11-20T10:00:00Z</timestamp><interval>300</interval></sampleInfo>"
                + "<sampleInfo><timestamp>2026-11-20T10:05:00Z</timestamp><interval>300</interval></sampleInfo>"
                + "<sampleInfo><timestamp>2026-11-20T10:10:00Z</timestamp><interval>300</interval></sampleInfo>"
                + "<value xsi:type=\"PerfMetricIntSeries\"><id><counterId>2</counterId><instance></instance></id>"
                + "<value>2534</value><value>-1</value><value>0</value></value>"
                + "<value xsi:type=\"PerfMetricIntSeries\"><id><counterId>148</counterId><instance>4000</instance></id>"
                + "<value>17</value><value>4</value></value>"
                + "</returnval></QueryPerfResponse>";
        try (LocalHttpsServer server = LocalHttpsServer.start(scratch)) {
            server.answer(200, "text/xml", envelope(answer));
            SoapTransport transport = SoapTransport.open(server.endpoint(), VcenterTls.pinned(server.sha256()),
                    TransportSettings.defaults());
            List<PerfSample> samples = new ArrayList<>();
            List<Boolean> misaligned = new ArrayList<>();
            long[] counts = transport.call(SoapRequest.method("QueryPerf", new ManagedObjectReference("PerformanceManager",
                    "PerfMgr")).build(), PerfReaders.queryPerf(chunk -> {
                        misaligned.add(chunk.misaligned());
                        for (int i = 0; i < chunk.size(); i++) {
                            samples.add(chunk.sample(i));
                        }
                    }));
            ManagedObjectReference vm = new ManagedObjectReference("VirtualMachine", "vm-7");
            assertThat(samples).containsExactly(
                    new PerfSample(vm, new PerfMetricId(2, ""), Instant.parse("2026-11-20T10:00:00Z"), Duration.ofMinutes(5), 2534),
                    new PerfSample(vm, new PerfMetricId(2, ""), Instant.parse("2026-11-20T10:10:00Z"), Duration.ofMinutes(5), 0));
            assertThat(misaligned).containsExactly(false, true);
            assertThat(counts).containsExactly(2, 4); // 2 samples; 1 missing (-1) + 3 of the dropped series
        }
    }
}
