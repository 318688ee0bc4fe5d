package vn.tiendo.member;

import vn.tiendo.progress.Totals;

/** Member coverage of a plan over a subtree: expected members, those who studied, those who wrote up. */
public record Coverage(long members, long studied, long wroteUp) {
    public static final Coverage NONE = new Coverage(0, 0, 0);

    public Totals onto(Totals t) {
        return t.withCoverage(members, studied, wroteUp);
    }
}
