package vn.tiendo.user;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** bcrypt password hashing. */
public final class Passwords {
    private static final int COST = 10;
    /** Checked against when the user does not exist, so an unknown user costs the same time as a wrong password. */
    private static final String DUMMY_HASH = hash("not-a-real-password");

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean matches(String password, String hash) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        if (pw.length > 72) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash == null ? DUMMY_HASH : hash).verified && hash != null;
    }
}
