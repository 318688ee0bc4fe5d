package vn.tiendo.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.SqlValues;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/** A publish refreshes the planner statistics of the tables it filled once it commits, without waiting for autovacuum. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StatisticsRefreshTest {
    @Inject
    EntityManager em;

    Instant lastAnalyze(String table) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object at = em.createNativeQuery("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?1")
                    .setParameter(1, table)
                    .getSingleResult();
            return at == null ? Instant.EPOCH : SqlValues.instant(at);
        });
    }

    @Test
    void publishAnalysesAssignmentsAndCountsAfterCommit() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        LocalDate today = LocalDate.now(AppClock.ZONE);
        new SmallTree(today, today.plusDays(5), today.plusDays(10)); // imports a tree and publishes a plan
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline
                && (lastAnalyze("assignment").isBefore(before)
                        || lastAnalyze("progress_count").isBefore(before)
                        || lastAnalyze("organization").isBefore(before))) {
            Thread.sleep(100);
        }
        assertTrue(!lastAnalyze("assignment").isBefore(before), "assignment analysed after the publish");
        assertTrue(!lastAnalyze("progress_count").isBefore(before), "progress_count analysed after the publish");
        assertTrue(!lastAnalyze("organization").isBefore(before), "organization analysed after the import");
    }
}
