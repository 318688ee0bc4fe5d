package vn.tiendo.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads an import body as a stream, never whole: CSV with a header line (in the Content-Type's charset, UTF-8 when it
 * names none; a byte-order mark skipped) or a JSON array of objects. Every line keeps where it came from ("line 7",
 * "items[3]") for the error that names it. The organisation, member and restructuring imports all read through here.
 */
public final class ImportFile {
    /** Stands for a JSON value that is an object or array where text was expected: no validator accepts it. */
    public static final String NOT_TEXT = "\u0000";

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    /** The columns of one kind of file: all of them, and those a CSV header may leave out. */
    public record Columns(List<String> all, Set<String> optional) {
        public static Columns of(String... all) {
            return new Columns(List.of(all), Set.of());
        }

        public Columns optional(String... columns) {
            return new Columns(all, Set.of(columns));
        }
    }

    /** One line or item as read; a column it lacks is null. */
    public record Line(String where, Map<String, String> values) {
        public String get(String column) {
            return values.get(column);
        }
    }

    private ImportFile() {}

    /** JSON when the Content-Type says so, otherwise CSV; 400 on Content-Type for a charset this JVM lacks. */
    public static List<Line> read(String contentType, InputStream body, Columns columns, String jsonItems)
            throws IOException {
        MediaType type = contentType == null ? MediaType.valueOf("text/csv") : MediaType.valueOf(contentType);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return json(body, columns, jsonItems);
        }
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset;
        try {
            charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Content-Type", "bảng mã '" + name + "' không được hỗ trợ");
        }
        return csv(body, charset, columns);
    }

    public static List<Line> csv(InputStream body, Charset charset, Columns columns) throws IOException {
        Reader reader = new InputStreamReader(
                BOMInputStream.builder().setInputStream(body).get(), charset);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(false)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            List<String> missing = columns.all().stream()
                    .filter(c -> !columns.optional().contains(c) && !header.containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw ApiException.unprocessable(
                        "line 1",
                        "thiếu cột: " + String.join(", ", missing) + " (dòng tiêu đề phải là "
                                + String.join(",", columns.all()) + ")");
            }
            for (CSVRecord r : parser) {
                if (r.size() == 1 && r.get(0).isEmpty()) {
                    continue; // a blank line (read, not skipped by the parser, so the line numbers stay the file's)
                }
                Map<String, String> values = new HashMap<>();
                for (String c : columns.all()) {
                    if (r.isSet(c)) {
                        values.put(c, r.get(c));
                    }
                }
                lines.add(new Line("line " + firstLine(parser, r), values));
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.unprocessable(
                    "body", "tệp CSV không đọc được (dòng tiêu đề trùng tên cột, hoặc dấu ngoặc kép không đóng)");
        }
        return lines;
    }

    /** The file's line a record starts on: the parser counts line breaks up to its end, less those inside quoted values. */
    private static long firstLine(CSVParser parser, CSVRecord r) {
        long inside = 0;
        for (int i = 0; i < r.size(); i++) {
            String v = r.get(i);
            for (int at = v.indexOf('\n'); at >= 0; at = v.indexOf('\n', at + 1)) {
                inside++;
            }
        }
        long end = parser.getCurrentLineNumber();
        return end - inside;
    }

    /** {@code items}: what the array holds, for the error when the body is not one ("các tổ chức"). */
    public static List<Line> json(InputStream body, Columns columns, String items) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw ApiException.badRequest("body", "phải là một mảng JSON " + items);
            }
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String where = "items[" + index + "]";
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw ApiException.badRequest(where, "phải là một đối tượng");
                }
                JsonNode n = JSON.readTree(p);
                var names = n.fieldNames();
                while (names.hasNext()) {
                    String f = names.next();
                    if (!columns.all().contains(f)) {
                        throw ApiException.badRequest(where + "." + f, "trường không được phép");
                    }
                }
                Map<String, String> values = new HashMap<>();
                for (String c : columns.all()) {
                    JsonNode v = n.get(c);
                    if (v != null && !v.isNull()) {
                        values.put(c, v.isValueNode() ? v.asText() : NOT_TEXT);
                    }
                }
                lines.add(new Line(where, values));
                index++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("body", "nội dung không phải JSON hợp lệ");
        }
        return lines;
    }
}
