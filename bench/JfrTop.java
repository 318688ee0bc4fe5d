import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording, per benchmark phase (make bench-profile). Works on JDK 17, which has no
 * {@code jfr view}. Usage: java bench/JfrTop.java app.jfr phases.txt [top]
 * phases.txt has one "name startEpochMs endEpochMs" line per phase (written by Bench.java).
 * For each phase it prints:
 * - CPU: jdk.ExecutionSample (threads running Java code), by the method on top of the stack (self time), by the first
 * vn.tiendo frame below it (which of our methods the CPU was spent under), and by package of the top frame;
 * - waiting in native code: jdk.NativeMethodSample (mostly socket reads, i.e. waiting for PostgreSQL), by the first
 * vn.tiendo frame.
 */
public class JfrTop {
    static final class Phase {
        final String name;
        final Instant start, end;

        Phase(String name, Instant start, Instant end) {
            this.name = name;
            this.start = start;
            this.end = end;
        }

        final Map<String, Integer> self = new HashMap<>(), ours = new HashMap<>(), pkg = new HashMap<>(), nativeOurs = new HashMap<>(),
                threads = new HashMap<>();
        final int[] n = new int[2];
        double gcPauseMs, jvmCpu, machineCpu;
        int cpuN;
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        List<Phase> phases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] p = line.trim().split("\\s+");
            if (p.length == 3) {
                phases.add(new Phase(p[0], Instant.ofEpochMilli(Long.parseLong(p[1])), Instant.ofEpochMilli(Long.parseLong(p[2]))));
            }
        }
        try (RecordingFile f = new RecordingFile(Path.of(args[0]))) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                String type = e.getEventType().getName();
                boolean exec = type.equals("jdk.ExecutionSample");
                boolean gc = type.equals("jdk.GarbageCollection");
                boolean load = type.equals("jdk.CPULoad");
                if (!exec && !gc && !load && !type.equals("jdk.NativeMethodSample")) {
                    continue;
                }
                Instant t = e.getStartTime();
                for (Phase ph : phases) {
                    if (t.isBefore(ph.start) || t.isAfter(ph.end)) {
                        continue;
                    }
                    if (gc) {
                        ph.gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
                        continue;
                    }
                    if (load) {
                        ph.jvmCpu += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
                        ph.machineCpu += e.getFloat("machineTotal");
                        ph.cpuN++;
                        continue;
                    }
                    RecordedStackTrace st = e.getStackTrace();
                    if (st == null || st.getFrames().isEmpty()) {
                        continue;
                    }
                    List<RecordedFrame> frames = st.getFrames();
                    String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                    thread = thread == null ? "?" : thread.replaceAll("[-#]?\\d+$", "");
                    String ours = exec ? "(no vn.tiendo frame)" : "(" + thread + ": " + name(frames.get(0)) + ")";
                    for (RecordedFrame fr : frames) {
                        if (fr.isJavaFrame() && fr.getMethod().getType().getName().startsWith("vn.tiendo.")) {
                            ours = name(fr);
                            break;
                        }
                    }
                    if (!exec && frames.get(0).getMethod().getName().equals("wait") && name(frames.get(0)).startsWith("EPoll.")) {
                        continue; // an idle selector (HTTP event loop, acceptor, webhook client), not work
                    }
                    if (exec) {
                        ph.n[0]++;
                        String topName = name(frames.get(0));
                        ph.self.merge(topName, 1, Integer::sum);
                        ph.ours.merge(ours, 1, Integer::sum);
                        ph.pkg.merge(pkg(frames.get(0).getMethod().getType().getName()), 1, Integer::sum);
                        ph.threads.merge(thread, 1, Integer::sum);
                    } else {
                        ph.n[1]++;
                        ph.nativeOurs.merge(ours, 1, Integer::sum);
                    }
                }
            }
        }
        for (Phase ph : phases) {
            System.out.printf("%n=== JFR, phase %s (%.1f s): %d CPU samples, %d native-wait samples; GC pauses %.0f ms; "
                    + "CPU load (of both cores) JVM %.0f %%, whole machine %.0f %%%n", ph.name,
                    (ph.end.toEpochMilli() - ph.start.toEpochMilli()) / 1000.0, ph.n[0], ph.n[1], ph.gcPauseMs,
                    ph.cpuN == 0 ? 0 : 100 * ph.jvmCpu / ph.cpuN, ph.cpuN == 0 ? 0 : 100 * ph.machineCpu / ph.cpuN);
            print("CPU, top frame (self)", ph.self, ph.n[0], top);
            print("CPU, under our method (first vn.tiendo frame)", ph.ours, ph.n[0], top);
            print("CPU, by package of the top frame", ph.pkg, ph.n[0], top);
            print("CPU, by thread", ph.threads, ph.n[0], 6);
            print("in native code (socket reads = waiting for PostgreSQL), under our method, else (thread: top frame)", ph.nativeOurs,
                    ph.n[1], top);
        }
    }

    static String name(RecordedFrame fr) {
        String cls = fr.getMethod().getType().getName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + fr.getMethod().getName() + (fr.isJavaFrame() ? "" : " [native]");
    }

    static String pkg(String cls) {
        String[] p = cls.split("\\.");
        return p.length <= 2 ? cls : p[0] + "." + p[1] + (p.length > 3 ? "." + p[2] : "");
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        if (total == 0) {
            return;
        }
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer> comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("    %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }
}
