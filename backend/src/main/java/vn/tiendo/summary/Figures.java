package vn.tiendo.summary;

/**
 * The figures of one line of the summary: owed (assignments less exempt), held, reported (current report submitted
 * or accepted), on time, attendance over those reports, write-ups, action programmes adopted.
 */
record Figures(
        long owed,
        long held,
        long reported,
        long onTime,
        long attendees,
        long expected,
        long writeUps,
        long actionProgrammes) {
    static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

    /** num / den as a Vietnamese percentage with one decimal ("93,3%"), or "—" when den is 0. */
    static String percent(long num, long den) {
        if (den == 0) {
            return "—";
        }
        return String.format(java.util.Locale.ROOT, "%.1f", 100.0 * num / den).replace('.', ',') + "%";
    }

    /** A count with the Vietnamese thousands separator: 10204 → "10.204". */
    static String number(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }
}
