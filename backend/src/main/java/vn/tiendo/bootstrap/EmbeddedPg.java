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
    /** The major version of the bundled binaries; Debian bookworm's pg_dump, pg_restore and pgbench are the same. */
    public static final String MAJOR_VERSION = "15";

    private EmbeddedPg() {}

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
                refuseOtherMajorVersion(dataDir.toPath());
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

    /** A data directory written by another major version cannot be opened; say so instead of a PostgreSQL trace. */
    private static void refuseOtherMajorVersion(Path dataDir) throws IOException {
        Path versionFile = dataDir.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String version = Files.readString(versionFile).trim();
        if (!version.equals(MAJOR_VERSION)) {
            throw new IllegalStateException("The data directory " + dataDir + " was created by PostgreSQL " + version
                    + "; this build embeds PostgreSQL " + MAJOR_VERSION + ". Restore a backup into a fresh data"
                    + " directory (make restore FILE=...) or point TIENDO_DATA_DIR elsewhere.");
        }
    }

    /**
     * After a crash the data directory may still name a postmaster: one left running when the JVM was killed (stop
     * it), one still dying or not yet reaped after a SIGKILL (wait for it), or a PID the system has since given to
     * another program (remove the stale lock file, or PostgreSQL would refuse to start).
     */
    private static void stopStaleServer(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (handle.isEmpty()) {
                return; // PostgreSQL removes a lock file whose process is gone
            }
            ProcessHandle h = handle.get();
            boolean postgres =
                    h.info().command().map(c -> c.endsWith("/postgres")).orElse(true); // unknown: dying or a zombie
            if (!postgres) {
                System.out.println("Removing stale postmaster.pid (pid " + pid + " now belongs to another program)");
                Files.deleteIfExists(pidFile);
                return;
            }
            System.out.println("Stopping stale embedded PostgreSQL, pid " + pid);
            h.destroy(); // SIGTERM = smart shutdown
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
                h.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            System.err.println("Could not check a stale postmaster: " + e);
        }
    }

    private static void ensureDatabase(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, DATABASE);
            try (ResultSet rs = ps.executeQuery();
                    Statement s = c.createStatement()) {
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
