package vn.tiendo.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import vn.tiendo.bootstrap.EmbeddedPg;
import vn.tiendo.bootstrap.JwtKeys;

/** A throw-away real PostgreSQL on a random port, and a fresh JWT key pair, for one test run. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres pg;

    @Override
    public Map<String, String> start() {
        try {
            Path tmp = Files.createTempDirectory("tiendo-test");
            pg = EmbeddedPg.start(null, 0, new File("target/embedded-pg"));
            Map<String, String> config = new HashMap<>(EmbeddedPg.datasourceConfig(pg));
            config.putAll(JwtKeys.ensure(tmp.resolve("keys")));
            config.put(
                    "tiendo.secrets.key-location",
                    tmp.resolve("keys")
                            .resolve(vn.tiendo.bootstrap.SecretsKey.FILE)
                            .toString());
            // whatever the environment says (make run exports its own), the tests log in with this one
            config.put("tiendo.admin-password", Api.ADMIN_PASSWORD);
            config.put("tiendo.demo-data", "false");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (pg != null) {
            EmbeddedPg.stopQuietly(pg);
        }
    }
}
