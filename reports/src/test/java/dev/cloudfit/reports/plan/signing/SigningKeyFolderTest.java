package dev.cloudfit.reports.plan.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFolderTest {

    @TempDir
    Path dir;

    @Test
    void theKeyIsCreatedOnceOwnerOnlyAndSignsTheSameAfterwards() throws Exception {
        SigningKeyFolder folder = new SigningKeyFolder(dir.resolve("keys"));
        PlanSigner first = folder.signer();
        PlanSigner again = folder.signer();
        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
        Path key = dir.resolve("keys").resolve(SigningKeyFolder.PRIVATE_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys")))).isEqualTo("rwx------");
        assertThat(Files.readString(dir.resolve("keys").resolve(SigningKeyFolder.PUBLIC_KEY)))
                .startsWith("-----BEGIN PUBLIC KEY-----").doesNotContain("PRIVATE");
        UUID id = UUID.randomUUID();
        String signature = again.sign(id, "abc");
        assertThat(folder.trustedKeys().find(first.fingerprint()))
                .hasValueSatisfying(k -> assertThat(PlanSignature.verify(k, id, "abc", signature)).isTrue());
    }

    @Test
    void aPrivateKeyOthersCanReadIsRefusedWithTheRemedy() throws Exception {
        SigningKeyFolder folder = new SigningKeyFolder(dir);
        folder.signer();
        Files.setPosixFilePermissions(dir.resolve(SigningKeyFolder.PRIVATE_KEY), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(folder::signer).isInstanceOf(BadInputException.class)
                .hasMessageContaining("can be read by others").hasMessageContaining("chmod 600");
    }

    @Test
    void publicKeysInTrustedAreTrusted_andAFileThatIsNoKeyIsNamed() throws Exception {
        SigningKeyFolder assessor = new SigningKeyFolder(dir.resolve("assessor"));
        PlanSigner signer = assessor.signer();
        SigningKeyFolder admin = new SigningKeyFolder(dir.resolve("admin"));
        Files.createDirectories(admin.path().resolve(SigningKeyFolder.TRUSTED));
        assertThat(admin.trustedKeys().isEmpty()).isTrue();
        Files.copy(assessor.path().resolve(SigningKeyFolder.PUBLIC_KEY),
                admin.path().resolve(SigningKeyFolder.TRUSTED).resolve("presales.pub"));
        assertThat(admin.trustedKeys().find(signer.fingerprint())).isPresent();

        Files.writeString(admin.path().resolve(SigningKeyFolder.TRUSTED).resolve("junk.pub"), "hello");
        assertThatThrownBy(admin::trustedKeys).isInstanceOf(BadInputException.class).hasMessageContaining("junk.pub");
    }
}
