package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.policy.HttpLogDetailLevel;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No credential value (the bearer token, an upload SAS's signature) in any log line, journal record
 * or error message, even with the SDK's HTTP logging asked for bodies and headers (as
 * {@code AZURE_HTTP_LOG_DETAIL_LEVEL=BODY_AND_HEADERS} asks).
 */
@WithAzurite
class CredentialHygieneTest {

    private static final Pattern SIGNATURE = Pattern.compile("[?&]sig=([^&]+)");

    @Test
    void noSecretReachesLogsJournalOrErrors(Azurite azurite) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> secrets = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        AzureTestbed bed;
        try (LocalArm arm = LocalArm.start(azurite)) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            secrets.add(arm.accessToken());
            bed = new AzureTestbed(arm, AzureTestbed.fast(), HttpLogDetailLevel.BODY_AND_HEADERS);
            Provenance p = AzureTestbed.provenance();
            bed.adapter.ensureResourceGroup("sec-rg", REGION, p);
            DiskTarget good = new DiskTarget(bed.id("sec-rg", AzureResourceId.DISK, "good"), REGION, AzureTestbed.SMALL,
                    DiskSku.of("Premium_LRS"), new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.BIOS), null);
            bed.adapter.ensureDisk(good, p);
            UploadGrant grant = bed.adapter.grantUpload(good.id(), Duration.ofHours(1));
            secrets.add(signature(grant));
            assertThat(grant.toString()).doesNotContain(signature(grant)).contains("<signature hidden>");
            TestVhd.upload(grant, good.virtualSize().bytes());
            bed.adapter.finishUpload(good.id());

            DiskTarget bad = new DiskTarget(bed.id("sec-rg", AzureResourceId.DISK, "bad"), REGION, AzureTestbed.SMALL,
                    DiskSku.of("Premium_LRS"), null, null);
            bed.adapter.ensureDisk(bad, p);
            UploadGrant badGrant = bed.adapter.grantUpload(bad.id(), Duration.ofHours(1));
            secrets.add(signature(badGrant));
            TestVhd.write(badGrant, bad.virtualSize().bytes(), new byte[512]);
            assertThatThrownBy(() -> bed.adapter.finishUpload(bad.id()))
                    .isInstanceOfSatisfying(ExternalSystemException.class, e -> errors.add(e.getMessage()));
        } finally {
            System.setErr(stderr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).as("the SDK logged HTTP traffic, so the check has something to look at").contains("HTTP request");
        assertThat(bed.journal).isNotEmpty();
        for (String secret : secrets) {
            assertThat(secret).hasSizeGreaterThan(10);
            assertThat(log).doesNotContain(secret);
            assertThat(bed.journal).allSatisfy(a -> assertThat(a.toString()).doesNotContain(secret));
            assertThat(errors).allSatisfy(e -> assertThat(e).doesNotContain(secret));
        }
    }

    private static String signature(UploadGrant grant) {
        Matcher m = SIGNATURE.matcher(grant.sasUrl().toString());
        assertThat(m.find()).as("the SAS has a signature").isTrue();
        return m.group(1);
    }
}
