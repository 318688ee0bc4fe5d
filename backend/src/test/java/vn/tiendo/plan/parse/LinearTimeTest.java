package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader is linear: texts built to make backtracking patterns quadratic are read whole (1 MB,
 * five times the accepted length) in well under the bound. Before the fix, 200 kB of blank lines
 * held a worker for more than two minutes. This bench measures speed: the bound of 2 s is
 * generous and counts this thread's CPU time, not wall time, so that a machine loaded by other
 * work does not fail it, while anything quadratic takes minutes.
 */
class LinearTimeTest {
    private static final int ONE_MB = 1 << 20;
    private static final long BOUND_MS = 2_000;
    private final PlanTextParser parser = new PlanTextParser();

    @BeforeAll
    static void warmUp() {
        new PlanTextParser().parse("Kế hoạch số 01-KH/TU ngày 05/01/2021\nCấp tỉnh: 01 ngày, trước 31/3/2021");
    }

    static Stream<Arguments> pathological() {
        return Stream.of(
                Arguments.of("1 MB of newlines", (Supplier<String>) () -> "\n".repeat(ONE_MB)),
                Arguments.of("blank lines with spaces", (Supplier<String>) () -> " \n\t\r\n".repeat(ONE_MB / 5)),
                Arguments.of("tháng 1 then 1 MB of spaces", (Supplier<String>) () -> "tháng 1" + " ".repeat(ONE_MB)),
                Arguments.of("ngày 4 tháng 12, then spaces, năm", (Supplier<String>)
                        () -> "ngày 4 tháng 12," + " ".repeat(ONE_MB) + "năm 2020"),
                Arguments.of("Số at every line start", (Supplier<String>) () -> "Số \n".repeat(ONE_MB / 4)),
                Arguments.of("ban hành kế hoạch then spaces", (Supplier<String>)
                        () -> "ban hành kế hoạch" + " ".repeat(ONE_MB) + "học tập"),
                Arguments.of("deeply repeated headings", (Supplier<String>) () ->
                        "I. KẾ HOẠCH\n1. Cấp tỉnh\n1.1. Cấp huyện\n1.1.1. Cấp cơ sở\na) Chi bộ\n- Thời gian: 01 buổi, trước ngày 31/10/2020\n+ Đối tượng: đảng viên\n"
                                .repeat(ONE_MB / 110)),
                Arguments.of("one line of tiers without separators", (Supplier<String>)
                        () -> "Cấp tỉnh 01 ngày trước 31/12/2020 ".repeat(ONE_MB / 34)),
                Arguments.of("numbers and slashes", (Supplier<String>) () -> "1/".repeat(ONE_MB / 2)),
                Arguments.of("plan numbers cited again and again", (Supplier<String>)
                        () -> "Thực hiện Kế hoạch số 1-KH/TU, ".repeat(ONE_MB / 30)),
                Arguments.of(
                        "stars and underscores", (Supplier<String>) () -> "*_ ".repeat(ONE_MB / 3) + "Số 01-KH/TU"),
                Arguments.of("từ đến chains", (Supplier<String>) () -> "từ 1 đến ".repeat(ONE_MB / 9) + "2/3/2020"),
                Arguments.of("bridges and open brackets", (Supplier<String>) () ->
                        "Cấp tỉnh kết nối điểm cầu 1 2 xã, phường, (gồm bí thư các chi bộ xã, ".repeat(ONE_MB / 70)),
                Arguments.of("sentences opening with dates", (Supplier<String>)
                        () -> "Sáng 5/3, cấp tỉnh 01 ngày, số 1-KH/TU ngày 2/3. ".repeat(ONE_MB / 45)),
                Arguments.of("implementation duties", (Supplier<String>) () -> "1. Cấp tỉnh: 01 ngày.\n"
                        + "III. TỔ CHỨC THỰC HIỆN\n"
                        + "- Mặt trận và các đoàn thể tuyên truyền, hoàn thành trước 31/12/2020.\n"
                                .repeat(ONE_MB / 70)),
                Arguments.of("lengths and deadlines apart", (Supplier<String>)
                        () -> "- Cấp tỉnh: 01 ngày.\n".repeat(ONE_MB / 40)
                                + "- Cấp tỉnh: trước 31/12/2020.\n".repeat(ONE_MB / 60)));
    }

    /** As the endpoint reads them: the first {@link PlanTextParser#MAX_CHARS} chars, under 2 s. */
    /** The three inputs the issue names, read whole. */
    static Stream<Arguments> named() {
        return pathological().filter(a -> {
            String n = (String) a.get()[0];
            return n.equals("1 MB of newlines") || n.startsWith("tháng 1") || n.startsWith("deeply");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    void readFast(String name, Supplier<String> input) {
        bench(name, input.get(), PlanTextParser.MAX_CHARS, BOUND_MS);
    }

    /**
     * Read whole, five times the accepted length: still seconds, not the minutes a quadratic
     * pattern takes (200 kB of blank lines took more than 2 minutes before).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void readWholeInLinearTime(String name, Supplier<String> input) {
        bench(name + " (whole)", input.get(), Integer.MAX_VALUE, 5 * 2 * BOUND_MS);
    }

    private void bench(String name, String text, int maxChars, long boundMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        ParsedPlan plan = parser.parse(text, 600_000, maxChars);
        long ms = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long wall = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("plan reader bench: %-40s %8d chars %6d ms CPU %6d ms wall%n", name, text.length(), ms, wall);
        assertTrue(ms < boundMs, name + " took " + ms + " ms");
        assertTrue(plan.warnings().stream().noneMatch(w -> w.startsWith("Không đọc được")), plan.warnings()::toString);
    }

    @Test
    void longTextIsCutAtTheLimitWithAWarning() {
        String text = "Cấp tỉnh: 01 ngày, hoàn thành trước 31/12/2020.\n" + "x".repeat(PlanTextParser.MAX_CHARS);
        ParsedPlan plan = parser.parse(text);
        assertEquals(1, plan.tiers().size());
        assertTrue(plan.warnings().get(0).contains("chỉ đọc 200000 ký tự đầu"), plan.warnings()::toString);
    }

    @Test
    void aSpentBudgetEndsTheParse() {
        String text = "Cấp tỉnh: 01 ngày, trước 31/12/2020\n".repeat(5000);
        assertThrows(PlanParseTimeoutException.class, () -> parser.parse(text, 0));
        // and the budget does not leak into the next parse on the same thread
        assertEquals(
                1, parser.parse("Cấp tỉnh: 01 ngày, trước 31/12/2020").tiers().size());
    }
}
