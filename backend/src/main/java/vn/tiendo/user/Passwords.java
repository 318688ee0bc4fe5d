package vn.tiendo.user;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** bcrypt password hashing. */
public final class Passwords {
    static final int COST = 10;
    /** Checked against when the user does not exist, so an unknown user costs the same time as a wrong password. */
    static final String DUMMY_HASH = hash("not-a-real-password");

    private static final AtomicLong VERIFICATIONS = new AtomicLong();

    private Passwords() {}

    /** bcrypt reads 72 bytes: a longer password would be cut silently, so it is refused (422 naming the field). */
    public static String hash(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw vn.tiendo.common.ApiException.unprocessable(
                    "password",
                    "mật khẩu dài quá 72 byte khi mã hóa UTF-8 (chữ có dấu chiếm 2-3 byte); hãy chọn mật khẩu ngắn hơn");
        }
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    /** False for a null hash (unknown user), after the same bcrypt work as a real check. */
    public static boolean matches(String password, String hash) {
        byte[] pw = password.getBytes(StandardCharsets.UTF_8);
        if (pw.length > 72) {
            return false;
        }
        if (hash == null) {
            verify(password, DUMMY_HASH);
            return false;
        }
        return verify(password, hash);
    }

    /** bcrypt checks done so far; lets a test prove that an unknown user is verified too. */
    static long verifications() {
        return VERIFICATIONS.get();
    }

    /** The cost factor of a bcrypt hash ("$2a$10$..." → 10). */
    static int cost(String hash) {
        return Integer.parseInt(hash.substring(4, 6));
    }

    private static boolean verify(String password, String hash) {
        VERIFICATIONS.incrementAndGet();
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
