import java.io.File;

/**
 * A PostgreSQL the app does not own, for scripts/db-outage.sh: the same zonky binaries the app embeds, started on a
 * fixed port and data directory, kept running until this JVM is told to stop (SIGTERM stops PostgreSQL cleanly).
 * Run with the packaged app's classpath: java -cp 'backend/target/quarkus-app/lib/main/*:backend/target/quarkus-app/app/*'
 * scripts/ExternalPg.java <data dir> <port>
 */
public class ExternalPg {
    public static void main(String[] args) throws Exception {
        File data = new File(args[0]);
        var pg = vn.tiendo.bootstrap.EmbeddedPg.start(new File(data, "pg"), Integer.parseInt(args[1]), new File(data, "pg-runtime"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> vn.tiendo.bootstrap.EmbeddedPg.stopQuietly(pg)));
        System.out.println("external PostgreSQL ready on port " + pg.getPort());
        Thread.currentThread().join();
    }
}
