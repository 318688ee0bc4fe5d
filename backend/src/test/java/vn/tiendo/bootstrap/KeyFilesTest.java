package vn.tiendo.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/** Issue 12 item 8: key files are the owner's only, from their creation, and the secrets key is stable. */
class KeyFilesTest {

    static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theJwtPrivateKeyAndTheSecretsKeyAreOwnerOnly() throws Exception {
        Path data = Files.createTempDirectory("tiendo-keys");
        Path keys = data.resolve("keys");
        JwtKeys.ensure(keys);
        assertEquals("rwx------", mode(keys));
        assertEquals("rw-------", mode(keys.resolve("jwt-private.pem")));
        assertFalse(Files.exists(keys.resolve("jwt-private.pem.tmp")), "no temporary copy left behind");
        byte[] key = SecretsKey.loadOrCreate(keys.resolve(SecretsKey.FILE));
        assertEquals(32, key.length);
        assertEquals("rw-------", mode(keys.resolve(SecretsKey.FILE)));
        assertArrayEquals(key, SecretsKey.loadOrCreate(keys.resolve(SecretsKey.FILE)), "read back, not replaced");
        Path elsewhere = data.resolve("mounted/secrets.key"); // TIENDO_SECRETS_KEY_LOCATION in a directory of its own
        SecretsKey.loadOrCreate(elsewhere);
        assertEquals("rw-------", mode(elsewhere));
        assertEquals("rwx------", mode(elsewhere.getParent()));
    }
}
