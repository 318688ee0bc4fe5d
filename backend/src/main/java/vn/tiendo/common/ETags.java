package vn.tiendo.common;

/** ETag = the entity's version in quotes; {@code If-Match} must name the current one. */
public final class ETags {
    private ETags() {
    }

    public static String of(int version) {
        return "\"" + version + "\"";
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
