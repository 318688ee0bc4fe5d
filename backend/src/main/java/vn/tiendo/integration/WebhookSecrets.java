package vn.tiendo.integration;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import vn.tiendo.bootstrap.SecretsKey;

/**
 * Webhook secrets are stored sealed with AES-256-GCM ({@code v1.<Base64 of 12-byte nonce, ciphertext and tag>}) under
 * a key kept outside the database ({@link SecretsKey}). Rows written before V10 held the secret in plain text; they
 * are sealed at start-up and their plain column cleared.
 */
@ApplicationScoped
public class WebhookSecrets {
    private static final Logger LOG = Logger.getLogger(WebhookSecrets.class);
    private static final String VERSION = "v1.";
    private static final byte[] AAD = "tiendo webhook secret".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "tiendo.secrets.key-location")
    Optional<String> location;

    @Inject
    EntityManager em;

    private volatile SecretKeySpec key;

    public String seal(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            c.updateAAD(AAD);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    /** The plain secret; a value sealed under another key cannot be delivered (SECRET_UNREADABLE). */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new DeliveryError.Failed("SECRET_UNREADABLE");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(AAD);
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DeliveryError.Failed("SECRET_UNREADABLE");
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            Path file = location.filter(s -> !s.isBlank())
                    .map(s -> s.startsWith("file:") ? Path.of(java.net.URI.create(s)) : Path.of(s))
                    .orElseGet(SecretsKey::defaultLocation);
            key = new SecretKeySpec(SecretsKey.loadOrCreate(file), "AES");
        }
        return key;
    }

    /** Seals what V10 found in plain text (once; another replica doing the same skips the rows this one holds). */
    void sealPlainRows(@Observes StartupEvent start) {
        key(); // create the key now, not at the first webhook
        int sealed = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                            "SELECT id, secret FROM webhook WHERE secret_sealed IS NULL AND secret IS NOT NULL FOR UPDATE SKIP LOCKED")
                    .getResultList();
            for (Object[] r : rows) {
                em.createNativeQuery("UPDATE webhook SET secret_sealed = ?1, secret = NULL WHERE id = ?2")
                        .setParameter(1, seal((String) r[1]))
                        .setParameter(2, ((Number) r[0]).longValue())
                        .executeUpdate();
            }
            return rows.size();
        });
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook secrets stored in plain text before V10", sealed);
        }
    }
}
