package vn.tiendo.user;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.Sha256;
import vn.tiendo.common.SqlValues;

/**
 * Refresh tokens: 256 random bits, stored only as their SHA-256. A login starts a family; each refresh uses its
 * token up and issues the next of the same family. A used token presented again was copied (by a thief or by the
 * user, and nobody can tell which), so the whole family is revoked, with one exception: within a few seconds of its
 * use and while its successor has not been used, the answer carrying that successor was most likely lost (the user
 * reloaded the page mid-refresh, the connection dropped), so the successor is revoked and another one issued.
 * Methods expect the caller's transaction.
 */
@ApplicationScoped
public class RefreshTokens {
    private static final Logger LOG = Logger.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    RefreshConfig config;

    /** A token for the browser and how long it may keep it. */
    public record Issued(String token, Duration maxAge) {}

    /** The user a token was rotated for, and its successor. */
    public record Rotated(AppUser user, Issued next) {}

    /** Starts a family for a user who has just signed in, and forgets the user's families that have ended. */
    public Issued start(AppUser u) {
        Instant now = now();
        em.createNativeQuery("DELETE FROM refresh_token WHERE user_id = ?1 AND family_expires_at < ?2")
                .setParameter(1, u.id)
                .setParameter(2, now)
                .executeUpdate();
        return insert(UUID.randomUUID(), u.id, stamp(u.passwordHash), now, now.plus(config.absolute()));
    }

    /**
     * Uses the token up and issues its successor, or answers empty: unknown, expired or revoked token, a reused one
     * (its family is revoked), a changed password, or a user who may no longer sign in (family revoked too).
     */
    public Optional<Rotated> rotate(String token, Predicate<AppUser> maySignIn) {
        Instant now = now();
        List<?> rows = em.createNativeQuery(
                        """
                SELECT family_id, user_id, credential_stamp, family_expires_at, expires_at, used_at, revoked_at
                FROM refresh_token WHERE token_hash = ?1 FOR UPDATE""")
                .setParameter(1, Sha256.hex(token))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        UUID family = (UUID) r[0];
        long userId = ((Number) r[1]).longValue();
        if (r[6] != null) {
            return Optional.empty();
        }
        if (r[5] != null) {
            Instant usedAt = SqlValues.instant(r[5]);
            if (!answerWasLost(family, usedAt, now)) {
                LOG.warnf(
                        "A used refresh token was presented again: session family %s of user %d revoked",
                        family, userId);
                revokeFamily(family, now);
                return Optional.empty();
            }
            em.createNativeQuery(
                            """
                    UPDATE refresh_token SET revoked_at = ?3
                    WHERE family_id = ?1 AND issued_at = ?2 AND used_at IS NULL AND revoked_at IS NULL""")
                    .setParameter(1, family)
                    .setParameter(2, usedAt)
                    .setParameter(3, now)
                    .executeUpdate();
        }
        if (!SqlValues.instant(r[4]).isAfter(now)) {
            return Optional.empty();
        }
        AppUser u = em.find(AppUser.class, userId);
        if (u == null || !maySignIn.test(u) || !stamp(u.passwordHash).equals(r[2])) {
            revokeFamily(family, now);
            return Optional.empty();
        }
        em.createNativeQuery("UPDATE refresh_token SET used_at = coalesce(used_at, ?2) WHERE token_hash = ?1")
                .setParameter(1, Sha256.hex(token))
                .setParameter(2, now)
                .executeUpdate();
        return Optional.of(new Rotated(u, insert(family, userId, (String) r[2], now, SqlValues.instant(r[3]))));
    }

    /** Used within the grace, and nothing of the family used since: the successor never reached the browser. */
    private boolean answerWasLost(UUID family, Instant usedAt, Instant now) {
        if (usedAt.plus(config.reuseGrace()).isBefore(now)) {
            return false;
        }
        Number laterUses = (Number)
                em.createNativeQuery("SELECT count(*) FROM refresh_token WHERE family_id = ?1 AND used_at > ?2")
                        .setParameter(1, family)
                        .setParameter(2, usedAt)
                        .getSingleResult();
        return laterUses.longValue() == 0;
    }

    /** Revokes the token's family; nothing happens for an unknown token. */
    public void revoke(String token) {
        em.createNativeQuery(
                        """
                UPDATE refresh_token SET revoked_at = ?2
                WHERE family_id = (SELECT family_id FROM refresh_token WHERE token_hash = ?1) AND revoked_at IS NULL""")
                .setParameter(1, Sha256.hex(token))
                .setParameter(2, now())
                .executeUpdate();
    }

    private void revokeFamily(UUID family, Instant now) {
        em.createNativeQuery("UPDATE refresh_token SET revoked_at = ?2 WHERE family_id = ?1 AND revoked_at IS NULL")
                .setParameter(1, family)
                .setParameter(2, now)
                .executeUpdate();
    }

    private Issued insert(UUID family, long userId, String stamp, Instant now, Instant familyEnd) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Duration idle = config.idle();
        Instant expires = now.plus(idle).isBefore(familyEnd) ? now.plus(idle) : familyEnd;
        em.createNativeQuery(
                        """
                INSERT INTO refresh_token (token_hash, family_id, user_id, credential_stamp, issued_at, expires_at, family_expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, Sha256.hex(token))
                .setParameter(2, family)
                .setParameter(3, userId)
                .setParameter(4, stamp)
                .setParameter(5, now)
                .setParameter(6, expires)
                .setParameter(7, familyEnd)
                .executeUpdate();
        return new Issued(token, Duration.between(now, expires));
    }

    /** PostgreSQL keeps microseconds: a family's end read back must equal the one computed, to the second. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Changes whenever the password hash does (bcrypt salts every hash, so even re-setting the same password). */
    static String stamp(String passwordHash) {
        return Sha256.hex(passwordHash);
    }
}
