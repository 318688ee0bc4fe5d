package vn.tiendo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one reader of import files (organisations, members, restructurings). */
class ImportFileTest {
    static final ImportFile.Columns MEMBERS = ImportFile.Columns.of(
                    "code", "fullName", "orgCode", "status", "exemptReason")
            .optional("exemptReason");

    static InputStream body(String text, Charset cs) {
        return new ByteArrayInputStream(text.getBytes(cs));
    }

    @Test
    void csvInTheNamedCharsetWithABomAndAnOptionalColumnLeftOut() throws IOException {
        String text =
                "\uFEFFcode,fullName,orgCode,status\r\nDV-1, Nguyễn Thị Ánh ,CB-1,CHINH_THUC\r\n\r\nDV-2,\"Lê, Văn Bảy\",CB-1,DU_BI\r\n";
        List<ImportFile.Line> lines =
                ImportFile.read("text/csv; charset=UTF-8", body(text, StandardCharsets.UTF_8), MEMBERS, "x");
        assertEquals(2, lines.size());
        assertEquals("line 2", lines.get(0).where());
        assertEquals("Nguyễn Thị Ánh", lines.get(0).get("fullName"));
        assertEquals("line 4", lines.get(1).where(), "blank lines are skipped, but the numbers are the file's");
        assertEquals("Lê, Văn Bảy", lines.get(1).get("fullName"));
        assertNull(lines.get(1).get("exemptReason"));

        String latin = "code,fullName,orgCode,status\nDV-3,Ông Étienne,CB-1,CHINH_THUC\n";
        assertEquals(
                "Ông Étienne",
                ImportFile.read("text/csv; charset=ISO-8859-1", body(latin, StandardCharsets.ISO_8859_1), MEMBERS, "x")
                        .get(0)
                        .get("fullName"));
    }

    @Test
    void errorsNameTheFilesOwnLineWhateverBlankLinesAndQuotedLineBreaks() throws IOException {
        for (String eol : List.of("\n", "\r\n")) {
            String text = String.join(
                    eol,
                    "code,fullName,orgCode,status",
                    "",
                    "A1,An,CB,DU_BI",
                    "A2,\"Bình",
                    "nhà 2\",CB,DU_BI",
                    "",
                    "",
                    "A3,Ba,CB,DU_BI");
            for (String tail : List.of("", eol)) {
                List<ImportFile.Line> lines =
                        ImportFile.csv(body(text + tail, StandardCharsets.UTF_8), StandardCharsets.UTF_8, MEMBERS);
                assertEquals(
                        List.of("line 3", "line 4", "line 8"),
                        lines.stream().map(ImportFile.Line::where).toList(),
                        eol + tail);
            }
        }
    }

    @Test
    void aMissingColumnAnUnknownCharsetAndABrokenQuoteAreNamed() {
        ApiException missing = assertThrows(
                ApiException.class,
                () -> ImportFile.read(
                        null, body("code,fullName,status\nA,B,C\n", StandardCharsets.UTF_8), MEMBERS, "x"));
        assertEquals("line 1", missing.errors().get(0).field());
        assertTrue(
                missing.errors().get(0).message().contains("orgCode"),
                missing.errors().toString());

        ApiException charset = assertThrows(
                ApiException.class,
                () -> ImportFile.read(
                        "text/csv; charset=klingon", body("code\n", StandardCharsets.UTF_8), MEMBERS, "x"));
        assertEquals("Content-Type", charset.errors().get(0).field());

        ApiException quote = assertThrows(
                ApiException.class,
                () -> ImportFile.read(
                        "text/csv",
                        body("code,fullName,orgCode,status\nA,\"never closed,CB,DU_BI\n", StandardCharsets.UTF_8),
                        MEMBERS,
                        "x"));
        assertEquals("body", quote.errors().get(0).field());
    }

    @Test
    void jsonItemsAreNamedAndOnlyKnownFieldsPass() throws IOException {
        List<ImportFile.Line> lines = ImportFile.read(
                "application/json",
                body(
                        "[{\"code\":\"DV-1\",\"fullName\":\"An\",\"orgCode\":\"CB\",\"status\":\"DU_BI\",\"exemptReason\":null},"
                                + "{\"code\":7,\"fullName\":{\"x\":1}}]",
                        StandardCharsets.UTF_8),
                MEMBERS,
                "các đảng viên");
        assertEquals("items[1]", lines.get(1).where());
        assertEquals("7", lines.get(1).get("code"));
        assertEquals(ImportFile.NOT_TEXT, lines.get(1).get("fullName"), "an object where text belongs never validates");
        assertNull(lines.get(0).get("exemptReason"));

        ApiException unknown = assertThrows(
                ApiException.class,
                () -> ImportFile.read(
                        "application/json",
                        body("[{\"code\":\"A\",\"password\":\"x\"}]", StandardCharsets.UTF_8),
                        MEMBERS,
                        "x"));
        assertEquals("items[0].password", unknown.errors().get(0).field());
        ApiException notArray = assertThrows(
                ApiException.class,
                () -> ImportFile.read(
                        "application/json",
                        body("{\"code\":\"A\"}", StandardCharsets.UTF_8),
                        MEMBERS,
                        "các đảng viên"));
        assertTrue(notArray.errors().get(0).message().contains("các đảng viên"));
        ApiException broken = assertThrows(
                ApiException.class,
                () -> ImportFile.read("application/json", body("[{\"code\":", StandardCharsets.UTF_8), MEMBERS, "x"));
        assertEquals("body", broken.errors().get(0).field());
    }
}
