package dev.cloudfit.migrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.upload.DiskUploader;
import dev.cloudfit.migrate.disk.upload.RetryPolicy;
import dev.cloudfit.migrate.disk.upload.SasUrl;
import dev.cloudfit.migrate.disk.upload.UploadResult;
import dev.cloudfit.migrate.disk.upload.UploadSettings;
import dev.cloudfit.migrate.disk.upload.UploadSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cloudfit disk upload IN --sas-env VAR}: fills a managed disk through its write SAS. */
@Command(name = "upload",
        mixinStandardHelpOptions = true,
        description = "Upload a disk image (a fixed VHD, or a raw image) into a managed disk created for upload,"
                + " through its write SAS. The disk must exist with uploadSizeBytes = the image's virtual size rounded"
                + " up to a whole MiB, plus 512. All-zero parts are not sent; an interrupted upload resumes from its"
                + " journal when run again with the same arguments.")
public final class DiskUploadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The disk image: a fixed VHD (.vhd) or a raw image.")
    Path input;

    @Option(names = "--sas-env", required = true, paramLabel = "VAR",
            description = "The environment variable holding the disk's write SAS URL (never give the URL itself).")
    String sasEnv;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "The resume journal (default: IN.upload-journal next to IN).")
    Path journal;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "" + UploadSettings.DEFAULT_PARALLEL,
            description = "Requests in flight at once, 1-64 (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "8",
            description = "Tries per request on 408/429/5xx, timeouts and dropped connections (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--verify", description = "Read the blob back after the upload and compare it with the source.")
    boolean verify;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "Result on stdout as text or JSON (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Where environment variables are read; tests give their own. */
    java.util.function.UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() {
        String value = environment.apply(sasEnv);
        if (value == null || value.isBlank()) {
            throw new BadInputException("the environment variable " + sasEnv + " (--sas-env) is not set: put the"
                    + " disk's write SAS URL in it");
        }
        SasUrl sas = SasUrl.parse(value, "the environment variable " + sasEnv);
        if (parallel < 1 || parallel > UploadSettings.MAX_PARALLEL) {
            throw new BadInputException("--parallel must be 1.." + UploadSettings.MAX_PARALLEL + ", not " + parallel);
        }
        if (attempts < 1 || attempts > 100) {
            throw new BadInputException("--retries must be 1..100, not " + attempts);
        }
        RetryPolicy d = RetryPolicy.DEFAULT;
        UploadSettings settings = new UploadSettings(parallel,
                new RetryPolicy(attempts, d.firstDelay(), d.maxDelay(), d.requestTimeout()), verify,
                journal != null ? journal : UploadSettings.defaultJournal(input));
        PrintWriter out = spec.commandLine().getOut();
        UploadResult result;
        try (UploadSource source = UploadSource.open(input)) {
            result = new DiskUploader(settings, new UploadProgressLine(spec.commandLine().getErr())).upload(source, sas);
        } catch (IOException e) {
            throw new BadInputException(input + ": cannot read: " + sas.scrub(e.getMessage()));
        } catch (CloudfitException e) {
            throw scrubbed(e, sas);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e.getClass().getSimpleName() + ": " + sas.scrub(e.getMessage()));
        }
        if (format == OutputFormat.JSON) {
            printJson(result, out);
        } else {
            printText(result, out);
        }
        out.flush();
        return 0;
    }

    /** The same failure with any trace of the SAS taken out of its message. */
    private static CloudfitException scrubbed(CloudfitException e, SasUrl sas) {
        String message = sas.scrub(e.getMessage());
        if (message.equals(e.getMessage())) {
            return e;
        }
        return e instanceof BadInputException ? new BadInputException(message) : new ExternalSystemException(message);
    }

    private static void printJson(UploadResult r, PrintWriter out) {
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void printText(UploadResult r, PrintWriter out) {
        out.println((r.alreadyComplete() ? "already uploaded " : "uploaded ") + r.source() + " to " + r.blob());
        out.printf(Locale.ROOT, "  disk %s (%d bytes); blob %d bytes; footer from %s%n",
                DataSize.ofBytes(r.virtualSize()), r.virtualSize(), r.blobSize(), r.footer());
        out.printf(Locale.ROOT, "  chunks of 4 MiB: %d in all, %d sent, %d all zeros, %d written by an earlier run;"
                + " %s of stale pages cleared%n", r.chunks(), r.chunksSent(), r.chunksZero(), r.chunksResumed(),
                DataSize.ofBytes(r.bytesCleared()));
        out.printf(Locale.ROOT, "  sent %s in %d requests (largest %s), %d retries, %.1f s%n",
                DataSize.ofBytes(r.bodyBytesSent()), r.requests(), DataSize.ofBytes(r.largestRequestBody()),
                r.retries(), r.seconds());
        out.println("  sha256 of the disk's bytes: " + r.sha256());
        out.println(r.verified() ? "  verified: the blob reads back identical" : "  not verified (add --verify to read it back)");
        out.println("  journal: " + r.journal());
    }
}
