package dev.cloudfit.migrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cloudfit.migrate.disk.vhd.FixedVhdWriter;
import dev.cloudfit.migrate.disk.vhd.VhdWritten;
import dev.cloudfit.migrate.disk.vmdk.Vmdk;
import dev.cloudfit.migrate.disk.vmdk.VmdkImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cloudfit disk convert IN.vmdk OUT.vhd}: a VMDK of any supported kind to Azure's fixed VHD. */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a VMDK (streamOptimized, monolithicSparse, monolithicFlat, vmfs, twoGbMaxExtent*) to a fixed VHD",
            "as Azure takes it: the disk rounded up to a whole MiB, then the 512-byte footer. The output appears",
            "only when complete; no other file is written."
        })
public final class DiskConvertCommand implements Callable<Integer> {

    /** How the result is printed. */
    public enum Format { TABLE, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.vmdk", description = "the VMDK (for a text descriptor, its extents next to it)")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT.vhd", description = "the fixed VHD to write")
    Path output;

    @Option(names = "--force", description = "replace OUT.vhd if it exists")
    boolean force;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output: 'table' (default) or 'json'")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        VhdWritten written;
        String createType;
        try (VmdkImage image = Vmdk.open(input)) {
            createType = image.createType();
            ConvertProgress progress = new ConvertProgress(err, image.virtualSize().bytes(), System.console() != null,
                    System::nanoTime);
            try {
                written = new FixedVhdWriter(Clock.systemUTC()).write(image, output, force, progress);
            } finally {
                progress.finish();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ConvertResult result = ConvertResult.of(input, createType, written, seconds);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            out.println(String.format(Locale.ROOT, "%s (%s) -> %s: disk %d bytes, VHD %d bytes (%d data + 512 footer),"
                    + " %d bytes of data read, %.1f s", result.input(), createType, result.output(),
                    result.virtualSizeBytes(), result.fileBytes(), result.vhdDataBytes(), result.dataBytes(), seconds));
        }
        out.flush();
        return 0;
    }
}
