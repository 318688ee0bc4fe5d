package vn.tiendo.plan.parse;

/** A parse used up its time budget ({@link PlanTextParser#parse(String, long)}). */
public final class PlanParseTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanParseTimeoutException(long millis) {
        super("Bộ đọc dừng sau " + millis + " ms");
    }
}
