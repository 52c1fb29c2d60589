package dev.cloudfit.migrate.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.policy.HttpLogDetailLevel;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.testkit.arm.LocalArm;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/**
 * One adapter against a local ARM: short polls and back-offs so tests stay quick, a credential
 * handing out the local ARM's token, and the journal kept in a list.
 */
public final class AzureTestbed {

    static final String REGION = "westeurope";
    static final DataSize SMALL = DataSize.ofMebibytes(20);

    final LocalArm arm;
    final List<AzureAction> journal = new CopyOnWriteArrayList<>();
    public final AzureAdapter adapter;
    public final AzureConnection connection;

    public AzureTestbed(LocalArm arm) {
        this(arm, fast());
    }

    AzureTestbed(LocalArm arm, AzureConnection.Timing timing) {
        this(arm, timing, HttpLogDetailLevel.NONE);
    }

    AzureTestbed(LocalArm arm, AzureConnection.Timing timing, HttpLogDetailLevel httpLogging) {
        this.arm = arm;
        this.connection = new AzureConnection(AzureCloud.AZURE_CLOUD, arm.subscriptionId(), arm.endpoint(), timing);
        this.adapter = AzureAdapter.connect(connection, credential(arm.accessToken()), arm.sslContext(), httpLogging, journal::add);
    }

    /** An adapter on a local ARM known only by its endpoint, token and certificate (a child process's view). */
    public static AzureAdapter adapter(java.net.URI endpoint, String subscription, String token, javax.net.ssl.SSLContext trust) {
        return AzureAdapter.connect(new AzureConnection(AzureCloud.AZURE_CLOUD, subscription, endpoint, fast()),
                credential(token), trust, HttpLogDetailLevel.NONE, action -> { });
    }

    static AzureConnection.Timing fast() {
        return new AzureConnection.Timing(Duration.ofMillis(20), Duration.ofMillis(50), 3, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    static TokenCredential credential(String token) {
        return request -> Mono.just(new AccessToken(token, OffsetDateTime.now().plusHours(1)));
    }

    static Provenance provenance() {
        return new Provenance("plan-2026-12", UUID.randomUUID(), "ab".repeat(32));
    }

    AzureResourceId id(String group, String type, String name) {
        return new AzureResourceId(arm.subscriptionId(), group, type, name);
    }

    /** Creates a disk for upload, uploads a correct VHD, finishes the upload. */
    ManagedDisk uploadedDisk(DiskTarget target, Provenance provenance) {
        ManagedDisk disk = adapter.ensureDisk(target, provenance);
        if ("ReadyToUpload".equals(disk.state())) {
            UploadGrant grant = adapter.grantUpload(target.id(), Duration.ofHours(1));
            TestVhd.upload(grant, target.virtualSize().bytes());
            disk = adapter.finishUpload(target.id());
        }
        return disk;
    }
}
