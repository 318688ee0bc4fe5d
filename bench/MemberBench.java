import java.io.BufferedWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The member benchmark of issue 13 (bench/members.sh): 22 members per cell, imported one province file at a time,
 * against COPY of the same rows into a copy of the member table with its indexes; a plan over all cells published;
 * attendance for many sessions from 16 clients; the coverage rollup (progress of the root and of a province) timed
 * and compared with a recount from the rows.
 * Usage: java -cp <pgjdbc.jar> bench/MemberBench.java <baseUrl> <jdbcUrl> <treeCsv> <adminPassword> <provinces> <sessions> <workDir>
 */
public class MemberBench {
    static final int PER_CELL = 22;
    static final int CLIENTS = 16;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ" };
    static final String[] GIVEN = { "Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức", "Thị Giang", "Quốc Hùng", "Thị Lan",
            "Văn Long", "Thị Mai", "Thanh Nam", "Thị Oanh", "Văn Phúc", "Thị Quỳnh" };
    static String base;
    static String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbc = args[1];
        Path tree = Path.of(args[2]);
        token = login(args[3]);
        int provinces = Integer.parseInt(args[4]);
        int sessions = Integer.parseInt(args[5]);
        Path work = Path.of(args[6]);

        long t0 = System.nanoTime();
        send("POST", "/api/v1/organizations/import", HttpRequest.BodyPublishers.ofFile(tree), "text/csv; charset=UTF-8", 200);
        System.out.printf("0. tree of %,d organisations imported in %.1f s%n", Files.lines(tree).count() - 1, seconds(t0));

        // 1. the roster: one file per province, 22 members per cell (one probationary, one exempt)
        Map<String, Long> cellIds = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT code, id FROM organization WHERE level_code = 'chi-bo' ORDER BY id")) {
            while (rs.next()) {
                cellIds.put(rs.getString(1), rs.getLong(2));
            }
        }
        List<Path> files = new ArrayList<>();
        StringBuilder copyRows = new StringBuilder();
        long rows = 0;
        for (int p = 1; p <= provinces; p++) {
            Path f = work.resolve("members-T" + p + ".csv");
            files.add(f);
            String prefix = "T" + p + "-";
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                w.write("code,fullName,orgCode,status,exemptReason\n");
                for (var cell : cellIds.entrySet()) {
                    if (!cell.getKey().startsWith(prefix)) {
                        continue;
                    }
                    for (int i = 1; i <= PER_CELL; i++) {
                        String code = "DV-" + cell.getKey() + "-" + i;
                        String name = FAMILY[(int) (rows % FAMILY.length)] + " " + GIVEN[(int) ((rows / 7) % GIVEN.length)];
                        String status = i == 2 ? "DU_BI" : "CHINH_THUC";
                        String exempt = i == PER_CELL ? "Tuổi cao, sức yếu" : "";
                        w.write(code + "," + name + "," + cell.getKey() + "," + status + "," + (exempt.isEmpty() ? "" : "\"" + exempt + "\"") + "\n");
                        copyRows.append('"').append(code).append("\",\"").append(name).append("\",").append(cell.getValue()).append(',').append(status)
                                .append(',').append(exempt.isEmpty() ? "" : "\"" + exempt + "\"").append(",\"").append(searchKey(code + " " + name))
                                .append("\"\n");
                        rows++;
                    }
                }
            }
        }
        long i0 = System.nanoTime();
        for (Path f : files) {
            send("POST", "/api/v1/members/import", HttpRequest.BodyPublishers.ofFile(f), "text/csv; charset=UTF-8", 200);
        }
        double importS = seconds(i0);
        double copyS;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_member");
            s.execute("CREATE TABLE bench_member (LIKE member INCLUDING ALL)");
            long c0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench_member (code, full_name, org_id, status, exempt_reason, search_key) FROM STDIN (FORMAT csv)",
                    new StringReader(copyRows.toString()));
            copyS = seconds(c0);
            s.execute("DROP TABLE bench_member");
        }
        System.out.printf("%n1. Import of %,d members (%d files, one per province) over HTTP: %.1f s; COPY of the same rows into a copy of the "
                + "member table with its indexes: %.1f s; ratio %.1fx (target <= 3x)%n", rows, files.size(), importS, copyS, importS / copyS);

        // 2. a plan over every cell
        long rootId = firstNumber(get("/api/v1/organizations?levelCode=tinh&q=VN-ROOT"), "\"items\":\\[\\{\"id\":(\\d+)");
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20);
        String plan = send("POST", "/api/v1/plans", HttpRequest.BodyPublishers.ofString("{\"number\":\"02-KH/TW\",\"title\":\"Học tập Nghị quyết (bench đảng viên)\","
                + "\"issuerOrgId\":" + rootId + ",\"tiers\":[{\"name\":\"Chi bộ\",\"levelCodes\":[\"chi-bo\"],\"deadline\":\"" + deadline + "\"}]}"),
                "application/json", 201);
        long planId = firstNumber(plan, "\"id\":(\\d+)");
        long p0 = System.nanoTime();
        String published = send("POST", "/api/v1/plans/" + planId + "/publish", HttpRequest.BodyPublishers.noBody(), "application/json", 200);
        System.out.printf("%n2. Publish a plan over %,d cells (assignments and the coverage of %,d members): %.1f s; %s%n", cellIds.size(), rows,
                seconds(p0), published);

        // 3. attendance for many sessions, 16 clients: schedule a session that started an hour ago, then record 22 marks
        List<long[]> targets = new ArrayList<>();
        Map<Long, List<Long>> membersOf = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, org_id FROM assignment WHERE plan_id = ? ORDER BY id LIMIT ?")) {
                ps.setLong(1, planId);
                ps.setInt(2, sessions);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        targets.add(new long[] { rs.getLong(1), rs.getLong(2) });
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT org_id, id FROM member WHERE org_id = ANY (?) ORDER BY org_id, id")) {
                Array orgs = c.createArrayOf("bigint", targets.stream().map(t -> t[1]).toArray());
                ps.setArray(1, orgs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        membersOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
        }
        String startsAt = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong putNanos = new AtomicLong();
        List<Double> putMs = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long a0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < CLIENTS; w++) {
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < targets.size()) {
                    long[] t = targets.get(i);
                    try {
                        String s = send("POST", "/api/v1/assignments/" + t[0] + "/sessions",
                                HttpRequest.BodyPublishers.ofString("{\"startsAt\":\"" + startsAt + "\"}"), "application/json", 201);
                        long sessionId = firstNumber(s, "\"id\":(\\d+)");
                        StringBuilder body = new StringBuilder("{\"entries\":[");
                        List<Long> ms = membersOf.getOrDefault(t[1], List.of());
                        for (int k = 0; k < ms.size(); k++) {
                            String status = k == 18 ? "ABSENT_EXCUSED\",\"reason\":\"Đi công tác" : k == 19 ? "ABSENT" : "PRESENT";
                            body.append(k == 0 ? "" : ",").append("{\"memberId\":").append(ms.get(k)).append(",\"status\":\"").append(status).append("\"}");
                        }
                        body.append("]}");
                        long q0 = System.nanoTime();
                        send("PUT", "/api/v1/sessions/" + sessionId + "/attendance", HttpRequest.BodyPublishers.ofString(body.toString()),
                                "application/json", 200);
                        long took = System.nanoTime() - q0;
                        putNanos.addAndGet(took);
                        putMs.add(took / 1e6);
                    } catch (Exception e) {
                        if (failed.incrementAndGet() < 3) {
                            System.out.println("   failure: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double attendanceS = seconds(a0);
        List<Double> sortedPut = new ArrayList<>(putMs);
        Collections.sort(sortedPut);
        System.out.printf("%n3. Attendance for %,d sessions (schedule + 22 marks each), %d clients: %.1f s, %.0f sessions/s (%d failed); "
                + "PUT /sessions/{id}/attendance p50 %.1f ms, p95 %.1f ms%n", targets.size(), CLIENTS, attendanceS, targets.size() / attendanceS,
                failed.get(), pct(sortedPut, 50), pct(sortedPut, 95));

        // 4. the coverage rollup, live: progress of the root and of one province
        long provinceId = firstNumber(get("/api/v1/organizations?parentId=" + rootId + "&size=1"), "\"items\":\\[\\{\"id\":(\\d+)");
        // first the calls right after the attendance burst (PostgreSQL still vacuuming and checkpointing those rows,
        // the JIT still compiling the read path), then the steady state a dashboard sees: after the vacuum autovacuum
        // would run and 200 calls of warm-up
        List<Double> rootCold = timeCalls(40, "/api/v1/plans/" + planId + "/progress?orgId=" + rootId);
        List<Double> provCold = timeCalls(40, "/api/v1/plans/" + planId + "/progress?orgId=" + provinceId);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE");
            s.execute("CHECKPOINT");
        }
        for (int i = 0; i < 200; i++) {
            get("/api/v1/plans/" + planId + "/progress?orgId=" + rootId);
            get("/api/v1/plans/" + planId + "/progress?orgId=" + provinceId);
        }
        List<Double> rootMs = timeCalls(200, "/api/v1/plans/" + planId + "/progress?orgId=" + rootId);
        List<Double> provMs = timeCalls(200, "/api/v1/plans/" + planId + "/progress?orgId=" + provinceId);
        System.out.printf("%n4. Coverage rollup (GET /plans/%d/progress), 40 calls right after the attendance: root p50 %.1f ms, p95 %.1f ms; province p50 %.1f ms, "
                + "p95 %.1f ms%n", planId, pct(rootCold, 50), pct(rootCold, 95), pct(provCold, 50), pct(provCold, 95));
        System.out.printf("   steady (after VACUUM ANALYZE and 200 warm-up calls each), 200 calls: root p50 %.1f ms, p95 %.1f ms (target <= 100 ms); "
                + "province p50 %.1f ms, p95 %.1f ms (target <= 20 ms)%n", pct(rootMs, 50), pct(rootMs, 95), pct(provMs, 50), pct(provMs, 95));
        String root = get("/api/v1/plans/" + planId + "/progress?orgId=" + rootId);
        long members = firstNumber(root, "\"totals\":\\{[^}]*\"members\":(\\d+)");
        long studied = firstNumber(root, "\"totals\":\\{[^}]*\"membersStudied\":(\\d+)");
        long recountMembers;
        long recountStudied;
        long r0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                            JOIN assignment sa ON sa.id = se.assignment_id WHERE at.member_id = m.id AND at.status = 'PRESENT' AND sa.plan_id = %d))
                        FROM member m JOIN organization o ON o.id = m.org_id
                        WHERE m.active AND m.exempt_reason IS NULL
                          AND EXISTS (SELECT 1 FROM assignment a WHERE a.plan_id = %d AND a.status <> 'EXEMPT' AND a.org_id = o.id)""".formatted(planId, planId))) {
            rs.next();
            recountMembers = rs.getLong(1);
            recountStudied = rs.getLong(2);
        }
        System.out.printf("   live and exact: the root answers %,d members, %,d studied; a recount from the rows (%.1f s): %,d and %,d — %s%n", members,
                studied, seconds(r0), recountMembers, recountStudied, members == recountMembers && studied == recountStudied ? "equal" : "DIFFERENT");
    }

    static String searchKey(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return d.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static List<Double> timeCalls(int n, String path) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            get(path);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, idx));
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static String login(String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login failed: " + r.body());
        }
        return m.group(1);
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        check(r, 200);
        return r.body();
    }

    static String send(String method, String path, HttpRequest.BodyPublisher body, String contentType, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).method(method, body).build(), HttpResponse.BodyHandlers.ofString());
        check(r, expected);
        return r.body();
    }

    static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            String b = r.body();
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + b.substring(0, Math.min(400, b.length())));
        }
    }

    static long firstNumber(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in " + s.substring(0, Math.min(300, s.length())));
        }
        return Long.parseLong(m.group(1));
    }
}
