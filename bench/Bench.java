import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The national-scale benchmark (make bench). Runs against an app already started by bench/run.sh on its embedded
 * PostgreSQL: imports the national tree, loads the same rows with COPY, publishes a plan for 255,000 cells,
 * reads progress, and submits 5,000 reports from 16 clients. Prints each figure with how to reproduce it.
 * Usage: java -cp <pgjdbc.jar> bench/Bench.java <baseUrl> <jdbcUrl> <csvPath> <adminPassword>
 */
public class Bench {
    static final int WARM_UP = 20;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static String base;
    static String token;
    static String jdbcUrl;
    /** make bench-profile: phase windows for JfrTop, and the top statements of each phase from pg_stat_statements */
    static final String PHASES = System.getProperty("bench.phases");
    static final boolean PG_STAT = Boolean.getBoolean("bench.pgstat");
    /** the app's JVM and the postmaster, to account the CPU time one report costs each (Linux /proc) */
    static final long APP_PID = Long.getLong("bench.appPid", 0);
    static final long PG_PID = Long.getLong("bench.pgPid", 0);

    /** CPU time (ns) from /proc/<pid>/stat: utime + stime; for a tree also its reaped children and its live children. */
    static final class Cpu {
        static final double TICK_NS = 1e9 / 100; // USER_HZ

        static long ofProcess(long pid) {
            long[] f = fields(pid);
            return f == null ? 0 : (long) ((f[0] + f[1]) * TICK_NS);
        }

        static long ofTree(long pid) {
            long[] f = fields(pid);
            if (f == null) {
                return 0;
            }
            long ticks = f[0] + f[1] + f[2] + f[3];
            try (var children = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) children::iterator) {
                    String name = p.getFileName().toString();
                    if (name.chars().allMatch(Character::isDigit)) {
                        long[] c = fields(Long.parseLong(name));
                        if (c != null && c[4] == pid) {
                            ticks += c[0] + c[1];
                        }
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return (long) (ticks * TICK_NS);
        }

        /** utime, stime, cutime, cstime, ppid */
        static long[] fields(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return new long[] { Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]), Long.parseLong(f[14]), Long.parseLong(f[1]) };
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        String jdbc = args[1];
        jdbcUrl = jdbc;
        Path csv = Path.of(args[2]);
        token = login(args[3]);
        long rows = Files.lines(csv).count() - 1;
        if (PHASES != null) {
            Files.writeString(Path.of(PHASES), "");
        }
        pgStatReset();

        // 1. import vs COPY
        long t0 = System.nanoTime();
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/organizations/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double importS = seconds(t0);
        phase("import", t0);
        check(imported, 200);
        pgStatTop("import");
        double copyS;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_copy");
            s.execute("CREATE TABLE bench_copy (code varchar(64), name varchar(255), parent_code varchar(64), level_code varchar(32), member_count int)");
            long c0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            copyS = seconds(c0);
            s.execute("DROP TABLE bench_copy");
        }
        System.out.printf("%n1. Import of %,d organisations: POST /organizations/import %.2f s; COPY into a plain table %.2f s; ratio %.1fx (target <= 5x)%n",
                rows, importS, copyS, importS / copyS);
        System.out.println("   answer: " + imported.body());

        // 2. publish a plan whose tier targets every cell
        String root = get("/api/v1/organizations?levelCode=tinh&q=VN-ROOT");
        long rootId = firstId(root);
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20);
        String plan = post("/api/v1/plans", "{\"number\":\"01-KH/TW\",\"title\":\"Học tập, quán triệt Nghị quyết (bench)\",\"issuerOrgId\":" + rootId
                + ",\"tiers\":[{\"name\":\"Chi bộ\",\"levelCodes\":[\"chi-bo\"],\"durationDays\":0.5,\"deadline\":\"" + deadline + "\"}]}", 201);
        long planId = firstNumber(plan, "\"id\":(\\d+)");
        long p0 = System.nanoTime();
        pgStatReset();
        String published = post("/api/v1/plans/" + planId + "/publish", "", 200);
        double publishS = seconds(p0);
        phase("publish", p0);
        System.out.printf("%n2. Publish a plan for every cell: %.2f s (target <= 10 s); %s%n", publishS, published);
        pgStatTop("publish");

        // 3. progress, root and one province
        String province = get("/api/v1/organizations?parentId=" + rootId + "&size=1");
        long provinceId = firstId(province);
        // warm-up: a dashboard is read all day by a JVM that has long compiled this path; the first calls after start
        // run interpreted code (p50 15 ms on the first 40 calls, 4-5 ms once compiled, measured on this machine)
        List<Double> coldProvMs = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            get("/api/v1/plans/" + planId + "/progress");
            coldProvMs.addAll(timeCalls(1, "/api/v1/plans/" + planId + "/progress?orgId=" + provinceId));
        }
        pgStatReset();
        long g0 = System.nanoTime();
        List<Double> rootMs = timeCalls(40, "/api/v1/plans/" + planId + "/progress?orgId=" + rootId);
        List<Double> provMs = timeCalls(40, "/api/v1/plans/" + planId + "/progress?orgId=" + provinceId);
        phase("progress", g0);
        System.out.printf("%n3. GET /plans/%d/progress over 40 calls after " + WARM_UP + " warm-up calls each: root p50 %.1f ms, p95 %.1f ms (target p95 <= 100 ms); "
                + "one province p50 %.1f ms, p95 %.1f ms (target p95 <= 20 ms)%n", planId, pct(rootMs, 50), pct(rootMs, 95), pct(provMs, 50),
                pct(provMs, 95));
        Collections.sort(coldProvMs);
        System.out.printf("   (the %d warm-up calls for the province, right after start and publish: p50 %.1f ms, p95 %.1f ms)%n", WARM_UP,
                pct(coldProvMs, 50), pct(coldProvMs, 95));
        pgStatTop("progress");

        // 4. 5,000 report submissions from 16 clients
        long firstAssignment;
        long lastAssignment;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT min(id), max(id) FROM assignment WHERE plan_id = " + planId)) {
            rs.next();
            firstAssignment = rs.getLong(1);
            lastAssignment = rs.getLong(2);
        }
        int reports = 5000;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        pgStatReset();
        long appCpu0 = Cpu.ofProcess(APP_PID);
        long pgCpu0 = Cpu.ofTree(PG_PID);
        long s0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < reports) {
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assignments/" + (firstAssignment + i) + "/reports"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"heldOn\":\"" + today + "\",\"attendees\":20,\"expected\":22,\"writeUps\":20}"))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 201) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        double submitS = seconds(s0);
        phase("submissions", s0);
        long appCpu = Cpu.ofProcess(APP_PID) - appCpu0;
        long pgCpu = Cpu.ofTree(PG_PID) - pgCpu0;
        System.out.printf("%n4. %,d report submissions over HTTP, 16 clients: %.1f s, %.0f reports/s (%d failed)%n", reports, submitS,
                reports / submitS, failed.get());
        if (APP_PID > 0) {
            System.out.printf("   CPU per report (both cores are shared by the app, PostgreSQL and this client): app JVM %.2f ms, PostgreSQL %.2f ms%n",
                    appCpu / 1e6 / reports, pgCpu / 1e6 / reports);
        }
        pgStatTop("submissions");
        // the pgbench range: assignments the HTTP phase did not touch
        Files.writeString(Path.of(System.getProperty("bench.out", "target/bench-range.txt")),
                (firstAssignment + reports) + " " + lastAssignment + " " + String.format("%.1f", reports / submitS) + "\n");

        String after = get("/api/v1/plans/" + planId + "/progress?orgId=" + rootId);
        System.out.println("   progress after: " + after.substring(after.indexOf("\"totals\""), after.indexOf("\"byTier\"")));
    }

    /** Appends "name startEpochMs endEpochMs" (the phase began at System.nanoTime() t0 and ends now). */
    static void phase(String name, long t0) throws IOException {
        if (PHASES == null) {
            return;
        }
        long end = System.currentTimeMillis();
        long start = end - (System.nanoTime() - t0) / 1_000_000;
        Files.writeString(Path.of(PHASES), name + " " + start + " " + end + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    static void pgStatReset() throws Exception {
        if (!PG_STAT) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The statements that took the database's time in the phase just measured (pg_stat_statements, track = all). */
    static void pgStatTop(String phase) throws Exception {
        if (!PG_STAT) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT round(total_exec_time)::bigint, calls, round(mean_exec_time::numeric, 3), rows, toplevel,
                               regexp_replace(query, '\\s+', ' ', 'g')
                        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                        ORDER BY total_exec_time DESC LIMIT 10""")) {
            System.out.println("   pg_stat_statements, phase " + phase + " (total ms, calls, mean ms, rows, top-level?, statement):");
            while (rs.next()) {
                String q = rs.getString(6);
                System.out.printf("     %8d ms %7d calls %9s ms %8d rows %-5s %s%n", rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getBoolean(5) ? "top" : "inner", q.length() > 160 ? q.substring(0, 160) + "…" : q);
            }
            s.execute("SELECT pg_stat_statements_reset()");
        }
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
        check(r, 200);
        Matcher m = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(r.body());
        m.find();
        return m.group(1);
    }

    static String get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        check(r, 200);
        return r.body();
    }

    static String post(String path, String json, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(r, expected);
        return r.body();
    }

    static void check(HttpResponse<String> r, int expected) {
        if (r.statusCode() != expected) {
            throw new IllegalStateException(r.request().uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    static long firstId(String page) {
        return firstNumber(page, "\"items\":\\[\\{\"id\":(\\d+)");
    }

    static long firstNumber(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        if (!m.find()) {
            throw new IllegalStateException("no match for " + regex + " in " + s.substring(0, Math.min(300, s.length())));
        }
        return Long.parseLong(m.group(1));
    }
}
