package dev.cloudfit.reports.plan.signing;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The folder that holds this user's plan signing key pair and the public keys they trust:
 * <pre>
 *   plan-signing.key     the pair: PKCS#8 and X.509 PEM, owner read/write only (refused when others can read it)
 *   plan-signing.pub     X.509 PEM: give it to whoever runs migrate, to put in their trusted/
 *   trusted/*.pub        other people's public keys whose workbooks this machine migrates
 * </pre>
 * By default {@code ~/.config/cloudfit/keys} (or {@code $XDG_CONFIG_HOME/cloudfit/keys}); the
 * environment variable {@code CLOUDFIT_CONFIG_DIR} or the system property {@code cloudfit.config.dir}
 * moves the whole configuration folder.
 */
public final class SigningKeyFolder {

    public static final String PRIVATE_KEY = "plan-signing.key";
    public static final String PUBLIC_KEY = "plan-signing.pub";
    public static final String TRUSTED = "trusted";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path folder;

    public SigningKeyFolder(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The user's key folder (see the class comment for how to move it). */
    public static SigningKeyFolder userDefault() {
        return new SigningKeyFolder(configDirectory().resolve("keys"));
    }

    static Path configDirectory() {
        String property = System.getProperty("cloudfit.config.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("CLOUDFIT_CONFIG_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "cloudfit");
        }
        return Path.of(System.getProperty("user.home"), ".config", "cloudfit");
    }

    public Path path() {
        return folder;
    }

    /** This user's signer, its key pair created on first use. */
    public PlanSigner signer() {
        Path privateKey = folder.resolve(PRIVATE_KEY);
        if (!Files.exists(privateKey)) {
            create();
        }
        return new PlanSigner(load(privateKey));
    }

    /**
     * The keys this machine accepts: its own public key (when it has one) and every
     * {@code trusted/*.pub}. A file that is not an Ed25519 public key is refused, naming it.
     */
    public TrustedKeys trustedKeys() {
        List<PublicKey> keys = new ArrayList<>();
        Path own = folder.resolve(PRIVATE_KEY);
        if (Files.isRegularFile(own)) {
            keys.add(load(own).getPublic());
        }
        Path trusted = folder.resolve(TRUSTED);
        if (Files.isDirectory(trusted)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(trusted, "*.pub")) {
                for (Path f : files) {
                    keys.add(readPublic(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + trusted + ": " + e.getMessage(), e);
            }
        }
        return TrustedKeys.of(keys);
    }

    private void create() {
        PlanSigner fresh = PlanSigner.generate();
        try {
            Files.createDirectories(folder);
            ownerOnly(folder, PosixFilePermissions.fromString("rwx------"));
            Path temp = Files.createTempFile(folder, ".plan-signing", ".tmp");
            try {
                ownerOnly(temp, OWNER_ONLY);
                Files.writeString(temp, pem("PRIVATE KEY", fresh.keys().getPrivate().getEncoded())
                        + pem("PUBLIC KEY", fresh.keys().getPublic().getEncoded()), StandardCharsets.US_ASCII);
                // no REPLACE_EXISTING: when another process made a key meanwhile, theirs is kept
                Files.move(temp, folder.resolve(PRIVATE_KEY), StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // the other process's pair stands
            } finally {
                Files.deleteIfExists(temp);
            }
            KeyPair kept = load(folder.resolve(PRIVATE_KEY));
            Files.writeString(folder.resolve(PUBLIC_KEY), pem("PUBLIC KEY", kept.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plan signing key in " + folder + ": " + e.getMessage(), e);
        }
    }

    private KeyPair load(Path privateKey) {
        InputLocation where = InputLocation.of(privateKey);
        try {
            if (Files.getFileStore(privateKey).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(privateKey);
                if (perms.stream().anyMatch(p -> !OWNER_ONLY.contains(p))) {
                    throw new BadInputException(where, "the plan signing key can be read by others ("
                            + PosixFilePermissions.toString(perms) + "); run 'chmod 600 " + privateKey + "'");
                }
            }
            String text = Files.readString(privateKey, StandardCharsets.US_ASCII);
            KeyFactory factory = KeyFactory.getInstance(PlanSignature.ALGORITHM);
            PrivateKey key = factory.generatePrivate(new PKCS8EncodedKeySpec(fromPem(text, "PRIVATE KEY", where)));
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(fromPem(text, "PUBLIC KEY", where)));
            java.util.UUID probeId = new java.util.UUID(0, 0);
            if (!PlanSignature.verify(pub, probeId, "probe", PlanSignature.sign(key, probeId, "probe"))) {
                throw new BadInputException(where, "its private and public keys do not belong together;"
                        + " restore the file, or move it away to create a new key");
            }
            return new KeyPair(pub, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + privateKey + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new BadInputException(where, "not an Ed25519 private key (" + e.getMessage() + ")");
        }
    }

    private static PublicKey readPublic(Path file) {
        InputLocation where = InputLocation.of(file);
        try {
            byte[] der = fromPem(Files.readString(file, StandardCharsets.US_ASCII), "PUBLIC KEY", where);
            return KeyFactory.getInstance(PlanSignature.ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new BadInputException(where, "not an Ed25519 public key (" + e.getMessage() + ")");
        }
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    static byte[] fromPem(String text, String label, InputLocation where) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = text.indexOf(begin);
        int e = text.indexOf(end);
        if (b < 0 || e < b) {
            throw new BadInputException(where, "expected a PEM block '" + begin + "'");
        }
        try {
            return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
        } catch (IllegalArgumentException bad) {
            throw new BadInputException(where, "the PEM block is not Base64");
        }
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> perms) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, perms);
        }
    }
}
