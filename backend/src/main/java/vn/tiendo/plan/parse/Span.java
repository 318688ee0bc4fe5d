package vn.tiendo.plan.parse;

/**
 * Where a parsed value came from: the half-open range {@code [start, end)} of Java {@code String}
 * indices into the <em>original</em> string given to {@link PlanTextParser#parse(String)}, and how
 * sure the parser is about the value, from 0 (a guess) to 1 (read verbatim).
 */
public record Span(int start, int end, double confidence) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
