package vn.tiendo.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values as native queries return them, whatever the driver's choice of type. */
public final class SqlValues {
    private SqlValues() {}

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalArgumentException(o.getClass().getName());
    }
}
