package vn.tiendo.common;

/**
 * Text bound for a spreadsheet (CSV opened in Excel or LibreOffice): a cell beginning with {@code = + - @}, a tab
 * or a carriage return would be read as a formula (CSV/formula injection: an organisation named
 * {@code =HYPERLINK(...)} runs in the reader's spreadsheet). Such text gets a leading apostrophe, which the
 * spreadsheet shows as text and does not evaluate. Numbers are written as numbers and never pass here.
 */
public final class SpreadsheetText {
    private SpreadsheetText() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
