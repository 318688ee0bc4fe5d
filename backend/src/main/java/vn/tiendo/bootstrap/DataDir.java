package vn.tiendo.bootstrap;

import java.nio.file.Path;

/** Where everything that must survive a restart lives: {@code TIENDO_DATA_DIR}, default {@code ./data}. */
public final class DataDir {
    private DataDir() {}

    public static Path resolve() {
        String dir = System.getenv("TIENDO_DATA_DIR");
        if (dir == null || dir.isBlank()) {
            dir = System.getProperty("tiendo.data-dir", "data");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }
}
