package vn.tiendo.bootstrap;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code java -jar quarkus-run.jar restore <backup.dump> <new data dir>}, run by {@code make restore}: initialises a
 * fresh embedded PostgreSQL in the new data directory and loads a {@code pg_dump} custom-format file into it in one
 * transaction. All or nothing: on any error the new directory is removed, so a half-restored database never exists.
 * The app is then started on it with {@code TIENDO_DATA_DIR=<new data dir>}.
 */
final class RestoreCommand {
    private RestoreCommand() {}

    static int run(String backupFile, String targetDir) {
        Path backup = Path.of(backupFile).toAbsolutePath();
        Path target = Path.of(targetDir).toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            System.err.println("Không tìm thấy tệp sao lưu / backup file not found: " + backup);
            return 2;
        }
        if (!isAbsentOrEmpty(target)) {
            System.err.println("Thư mục đích phải mới / the target data directory must be new or empty: " + target);
            return 2;
        }
        EmbeddedPostgres pg = null;
        try {
            pg = EmbeddedPg.start(
                    target.resolve("pg").toFile(),
                    0,
                    target.resolve("pg-runtime").toFile());
            pgRestore(backup, pg.getPort());
            printCounts(pg);
            EmbeddedPg.stopQuietly(pg);
            System.out.println("Restored " + backup + " into " + target + ". Start it with: TIENDO_DATA_DIR=" + target
                    + " make run");
            return 0;
        } catch (Exception e) {
            System.err.println("Restore failed, nothing kept: " + e.getMessage());
            if (pg != null) {
                EmbeddedPg.stopQuietly(pg);
            }
            deleteRecursively(target);
            return 1;
        }
    }

    private static void pgRestore(Path backup, int port) throws IOException, InterruptedException {
        String bin = System.getProperty("tiendo.pg-bin", "/usr/lib/postgresql/" + EmbeddedPg.MAJOR_VERSION + "/bin");
        List<String> cmd = new ArrayList<>(List.of(
                bin + "/pg_restore",
                "--exit-on-error",
                "--single-transaction",
                "--no-owner",
                "-h",
                "localhost",
                "-p",
                String.valueOf(port),
                "-U",
                "postgres",
                "-d",
                EmbeddedPg.DATABASE,
                backup.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("PGPASSWORD", "postgres");
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("pg_restore exited with " + exit);
        }
    }

    private static void printCounts(EmbeddedPostgres pg) throws Exception {
        String sql =
                """
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname""";
        try (Connection c = pg.getDatabase("postgres", EmbeddedPg.DATABASE).getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM public.\"" + table + "\"")) {
                    rs.next();
                    System.out.printf("  %-28s %,d%n", table, rs.getLong(1));
                }
            }
        }
    }

    private static boolean isAbsentOrEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("Could not remove " + dir + ": " + e.getMessage());
        }
    }
}
