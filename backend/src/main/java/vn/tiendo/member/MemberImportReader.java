package vn.tiendo.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import vn.tiendo.common.ApiException;

/** Reads a roster file (CSV with the header line code,fullName,orgCode,status,exemptReason, or a JSON array) into rows. */
final class MemberImportReader {
    static final List<String> COLUMNS = List.of("code", "fullName", "orgCode", "status", "exemptReason");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    /** One line as read; {@code where} names it in errors ("line 7", "items[3]"). */
    record Row(String where, String code, String fullName, String orgCode, String status, String exemptReason) {
    }

    private MemberImportReader() {
    }

    static List<Row> csv(InputStream body, Charset charset) throws IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(body).get(), charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = COLUMNS.stream().filter(c -> !c.equals("exemptReason") && !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ApiException.unprocessable("line 1", "thiếu cột: " + String.join(", ", missing)
                        + " (dòng tiêu đề phải là code,fullName,orgCode,status,exemptReason)");
            }
            for (CSVRecord r : parser) {
                rows.add(new Row("line " + (r.getRecordNumber() + 1), get(r, "code"), get(r, "fullName"), get(r, "orgCode"),
                        get(r, "status"), get(r, "exemptReason")));
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.unprocessable("body", "tệp CSV không đọc được");
        }
        return rows;
    }

    private static String get(CSVRecord r, String column) {
        return r.isSet(column) ? r.get(column) : null;
    }

    static List<Row> json(InputStream body) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw ApiException.badRequest("body", "phải là một mảng JSON các đảng viên");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String where = "items[" + index + "]";
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw ApiException.badRequest(where, "phải là một đối tượng");
                }
                JsonNode n = JSON.readTree(p);
                var it = n.fieldNames();
                while (it.hasNext()) {
                    String f = it.next();
                    if (!COLUMNS.contains(f)) {
                        throw ApiException.badRequest(where + "." + f, "trường không được phép");
                    }
                }
                rows.add(new Row(where, text(n, "code"), text(n, "fullName"), text(n, "orgCode"), text(n, "status"), text(n, "exemptReason")));
                index++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("body", "nội dung không phải JSON hợp lệ");
        }
        return rows;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : "\u0000";
    }
}
