package vn.tiendo.member;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import vn.tiendo.common.ImportFile;

/** A roster file: CSV with the header line code,fullName,orgCode,status[,exemptReason], or a JSON array. */
final class MemberImportReader {
    static final ImportFile.Columns COLUMNS = ImportFile.Columns.of(
                    "code", "fullName", "orgCode", "status", "exemptReason")
            .optional("exemptReason");

    /** One line as read; {@code where} names it in errors ("line 7", "items[3]"). */
    record Row(String where, String code, String fullName, String orgCode, String status, String exemptReason) {
        static Row of(ImportFile.Line l) {
            return new Row(
                    l.where(),
                    l.get("code"),
                    l.get("fullName"),
                    l.get("orgCode"),
                    l.get("status"),
                    l.get("exemptReason"));
        }
    }

    private MemberImportReader() {}

    static List<Row> read(String contentType, InputStream body) throws IOException {
        return ImportFile.read(contentType, body, COLUMNS, "các đảng viên").stream()
                .map(Row::of)
                .toList();
    }
}
