package vn.tiendo.bootstrap;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Entry point for {@code java -jar} and {@code quarkus:dev}: unless an external database is configured
 * ({@code QUARKUS_DATASOURCE_JDBC_URL}), starts an embedded PostgreSQL whose data lives under
 * {@code TIENDO_DATA_DIR/pg} and points the datasource at it; makes sure the JWT key pair exists.
 * {@code restore <file> <dir>} loads a backup into a fresh data directory instead (see {@link RestoreCommand}).
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        if (args.length == 3 && args[0].equals("restore")) {
            System.exit(RestoreCommand.run(args[1], args[2]));
        }
        Path dataDir = DataDir.resolve();
        JwtKeys.ensure(dataDir.resolve("keys")).forEach(System::setProperty);
        if (!externalDatabase()) {
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPg.start(
                    dataDir.resolve("pg").toFile(),
                    embeddedPort(),
                    dataDir.resolve("pg-runtime").toFile());
            System.out.printf(
                    "Embedded PostgreSQL %s on port %d, data in %s (%d ms)%n",
                    EmbeddedPg.MAJOR_VERSION,
                    pg.getPort(),
                    dataDir.resolve("pg"),
                    (System.nanoTime() - t0) / 1_000_000);
            EmbeddedPg.datasourceConfig(pg).forEach(System::setProperty);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> EmbeddedPg.stopQuietly(pg), "embedded-pg-stop"));
        }
        Quarkus.run(args);
    }

    private static boolean externalDatabase() {
        return System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null;
    }

    private static int embeddedPort() {
        String port = System.getenv().getOrDefault("TIENDO_PG_PORT", System.getProperty("tiendo.pg-port", "0"));
        return Integer.parseInt(port);
    }
}
