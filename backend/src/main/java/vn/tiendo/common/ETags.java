package vn.tiendo.common;

import jakarta.ws.rs.core.EntityTag;

/** ETag = the entity's version in quotes; {@code If-Match} must name the current one. The one place tags are made. */
public final class ETags {
    private ETags() {}

    /** The header value: {@code "5"}. */
    public static String of(int version) {
        return "\"" + value(version) + "\"";
    }

    /** The same tag for {@code Response.tag(...)} (which adds the quotes itself). */
    public static EntityTag tag(int version) {
        return new EntityTag(value(version));
    }

    /** A tag answered before, as it was (an idempotent replay gives back the first answer's tag). */
    public static EntityTag replayed(String value) {
        return new EntityTag(value);
    }

    private static String value(int version) {
        return String.valueOf(version);
    }

    /** Checks an optional If-Match header against the current version: 412 when stale. */
    public static void check(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentVersion);
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(current)) {
                return;
            }
        }
        throw ApiException.preconditionFailed();
    }
}
