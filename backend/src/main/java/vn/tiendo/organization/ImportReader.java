package vn.tiendo.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** Reads an import body (CSV with a header line, or a JSON array) as a stream into rows. */
final class ImportReader {
    static final List<String> COLUMNS = List.of("code", "name", "parentCode", "levelCode", "memberCount");
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    private ImportReader() {
    }

    /** CSV in the charset the Content-Type names, UTF-8 when it names none; a UTF-8 byte-order mark is skipped. */
    static List<ImportRow> csv(InputStream body, java.nio.charset.Charset charset) throws IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(body).get(), charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw ApiException.unprocessable("line 1", "thiếu cột: " + String.join(", ", missing)
                        + " (dòng tiêu đề phải là code,name,parentCode,levelCode,memberCount)");
            }
            for (CSVRecord r : parser) {
                String where = "line " + (r.getRecordNumber() + 1);
                rows.add(new ImportRow(where, get(r, "code"), get(r, "name"), get(r, "parentCode"), get(r, "levelCode"),
                        get(r, "memberCount")));
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.unprocessable("body", "tệp CSV không đọc được: " + safeMessage(e));
        }
        return rows;
    }

    private static String get(CSVRecord r, String column) {
        return r.isSet(column) ? r.get(column) : null;
    }

    static List<ImportRow> json(InputStream body) throws IOException {
        List<ImportRow> rows = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw ApiException.badRequest("body", "phải là một mảng JSON các tổ chức");
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw ApiException.badRequest("items[" + index + "]", "phải là một đối tượng");
                }
                JsonNode n = JSON.readTree(p);
                String where = "items[" + index + "]";
                var it = n.fieldNames();
                while (it.hasNext()) {
                    String f = it.next();
                    if (!COLUMNS.contains(f)) {
                        throw ApiException.badRequest(where + "." + f, "trường không được phép");
                    }
                }
                rows.add(new ImportRow(where, text(n, "code"), text(n, "name"), text(n, "parentCode"), text(n, "levelCode"),
                        text(n, "memberCount")));
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
        return v.isValueNode() ? v.asText() : "\u0000invalid";
    }

    private static String safeMessage(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) : m.toLowerCase(Locale.ROOT);
    }
}
