package vn.tiendo.plan.parse;

/**
 * The time one parse may take. The reader's patterns are linear and its input capped, so a parse
 * of the largest accepted text takes well under a second; the budget is the second line of
 * defence: the loops over lines, dates and tiers call {@link #check()}, which ends the parse with
 * {@link PlanParseTimeoutException} once the budget is spent, so no input holds a worker longer.
 */
final class ParseBudget {
    /** The default budget of one parse. */
    static final long DEFAULT_MILLIS = 5_000;

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private ParseBudget() {}

    static void start(long millis) {
        DEADLINE.set(new long[] {System.nanoTime() + millis * 1_000_000L, millis});
    }

    static void end() {
        DEADLINE.remove();
    }

    /** Throws when the running parse has used up its budget; free when no parse is running. */
    static void check() {
        long[] d = DEADLINE.get();
        if (d != null && System.nanoTime() - d[0] > 0) {
            throw new PlanParseTimeoutException(d[1]);
        }
    }
}
