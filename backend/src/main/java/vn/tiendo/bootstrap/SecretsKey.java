package vn.tiendo.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The 256-bit AES key that seals secrets stored in the database (webhook secrets): kept outside the database, beside
 * the JWT keys ({@code TIENDO_DATA_DIR/keys/secrets.key}, or {@code TIENDO_SECRETS_KEY_LOCATION}), created on first
 * use readable by its owner only. A database dump alone does not reveal the secrets; replicas mount the same file.
 */
public final class SecretsKey {
    public static final String FILE = "secrets.key";

    private SecretsKey() {}

    public static Path defaultLocation() {
        return DataDir.resolve().resolve("keys").resolve(FILE);
    }

    /** The key in the file, which is created when missing. */
    public static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                OwnerOnlyFiles.write(
                        file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
            }
            byte[] key = Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != 32) {
                throw new IllegalStateException("the secrets key " + file + " must hold 32 bytes in Base64");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + file, e);
        }
    }
}
