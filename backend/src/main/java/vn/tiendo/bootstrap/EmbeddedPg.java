package vn.tiendo.bootstrap;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a zonky embedded PostgreSQL (real PostgreSQL binaries from Maven Central). As root, zonky runs
 * initdb/pg_ctl under {@code unshare -U} itself, so PostgreSQL's refusal to run as root is handled.
 * Durability is not traded for speed: fsync and synchronous_commit stay on.
 */
public final class EmbeddedPg {
    public static final String DATABASE = "tiendo";

    private EmbeddedPg() {
    }

    /**
     * @param dataDir persistent data directory, or null for a throw-away one
     * @param port    0 = pick a free port
     * @param workDir where zonky unpacks the binaries
     */
    public static EmbeddedPostgres start(File dataDir, int port, File workDir) {
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                b.setPort(port);
            }
            if (dataDir != null) {
                dataDir.mkdirs();
                stopStaleServer(dataDir.toPath());
                b.setDataDirectory(dataDir);
                b.setCleanDataDirectory(false);
            }
            workDir.mkdirs();
            b.setOverrideWorkingDirectory(workDir);
            EmbeddedPostgres pg = b.start();
            ensureDatabase(pg);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JVM killed with SIGKILL leaves its postmaster running; stop it so the data dir can be reused. */
    private static void stopStaleServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid)
                    .filter(h -> h.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                    .ifPresent(h -> {
                        System.out.println("Stopping stale embedded PostgreSQL, pid " + pid);
                        h.destroy(); // SIGTERM = smart shutdown
                        h.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                    });
        } catch (Exception e) {
            System.err.println("Could not check a stale postmaster: " + e);
        }
    }

    private static void ensureDatabase(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, DATABASE);
            try (ResultSet rs = ps.executeQuery(); Statement s = c.createStatement()) {
                if (!rs.next()) {
                    s.executeUpdate("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    public static Map<String, String> datasourceConfig(EmbeddedPostgres pg) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + pg.getPort() + "/" + DATABASE,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    public static void stopQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e);
        }
    }
}
