package vn.tiendo.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The RSA key pair that signs and verifies access tokens: generated into {@code <dir>} on first start
 * unless {@code SMALLRYE_JWT_SIGN_KEY_LOCATION} / {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} are configured.
 * Returns the system properties that point smallrye-jwt at the files.
 */
public final class JwtKeys {
    private JwtKeys() {}

    public static Map<String, String> ensure(Path dir) {
        Map<String, String> props = new HashMap<>();
        boolean signConfigured = configured("SMALLRYE_JWT_SIGN_KEY_LOCATION", "smallrye.jwt.sign.key.location");
        boolean verifyConfigured = configured("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "mp.jwt.verify.publickey.location");
        if (signConfigured && verifyConfigured) {
            return props;
        }
        Path privateKey = dir.resolve("jwt-private.pem");
        Path publicKey = dir.resolve("jwt-public.pem");
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                generate(dir, privateKey, publicKey);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JWT key pair into " + dir, e);
        }
        if (!signConfigured) {
            props.put("smallrye.jwt.sign.key.location", privateKey.toUri().toString());
        }
        if (!verifyConfigured) {
            props.put("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        }
        return props;
    }

    private static boolean configured(String env, String prop) {
        return System.getenv(env) != null || System.getProperty(prop) != null;
    }

    private static void generate(Path dir, Path privateKey, Path publicKey) throws IOException {
        OwnerOnlyFiles.createDirectory(dir);
        KeyPair pair;
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            pair = gen.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        // the private key is 0600 from its creation (OwnerOnlyFiles), never chmod-ed after being written
        OwnerOnlyFiles.write(
                privateKey,
                pem("PRIVATE KEY", pair.getPrivate().getEncoded())
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
