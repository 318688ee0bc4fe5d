package vn.tiendo.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only when the database answers and every migration is applied (the datasource check covers reachability). */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {
    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        try {
            var info = flyway.info();
            int pending = info.pending().length;
            var current = info.current();
            return HealthCheckResponse.named("database-migrations")
                    .status(pending == 0 && current != null)
                    .withData(
                            "schemaVersion",
                            current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database-migrations")
                    .down()
                    .withData("error", "database unreachable")
                    .build();
        }
    }
}
