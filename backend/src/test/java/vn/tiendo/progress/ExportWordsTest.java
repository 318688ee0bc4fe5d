package vn.tiendo.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.common.SpreadsheetText;
import vn.tiendo.followup.LateExport;

/** The spreadsheets and documents speak the screen's words: vi.json is the one home of the labels. */
class ExportWordsTest {
    static final JsonNode VI = read();

    static JsonNode read() {
        try {
            return new ObjectMapper()
                    .readTree(Path.of("../frontend/src/locales/vi.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String vi(String key) {
        JsonNode n = VI;
        for (String part : key.split("\\.")) {
            n = n.path(part);
        }
        assertTrue(n.isTextual(), key + " missing in vi.json");
        return n.asText();
    }

    @Test
    void statusLabelsAreTheScreens() {
        for (AssignmentStatus s : AssignmentStatus.values()) {
            assertEquals(vi("status." + s.name()), s.label(), s.name());
        }
    }

    @Test
    void progressHeadersAreTheDashboardsColumns() {
        for (String key : List.of(
                "dashboard.org",
                "dashboard.assignments",
                "dashboard.overdue",
                "dashboard.completion",
                "dashboard.onTime",
                "dashboard.deadline",
                "dashboard.attendance",
                "dashboard.status")) {
            assertTrue(
                    ProgressExport.HEADERS.contains(vi(key)),
                    key + " = " + vi(key) + " not in " + ProgressExport.HEADERS);
        }
        assertEquals("STT", ProgressExport.HEADERS.get(0));
    }

    @Test
    void chaseHeadersAreTheChaseListsColumns() {
        for (String key : List.of(
                "dashboard.org", "dashboard.tier", "dashboard.deadline", "chase.daysLate", "chase.lastReminder")) {
            assertTrue(LateExport.HEADERS.contains(vi(key)), key + " = " + vi(key) + " not in " + LateExport.HEADERS);
        }
    }

    @Test
    void formulaLikeTextIsNeutralised() {
        for (String bad : List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + bad, SpreadsheetText.safe(bad));
        }
        assertEquals("Chi bộ 1", SpreadsheetText.safe("Chi bộ 1"));
        assertEquals("", SpreadsheetText.safe(""));
        assertEquals(null, SpreadsheetText.safe(null));
    }
}
