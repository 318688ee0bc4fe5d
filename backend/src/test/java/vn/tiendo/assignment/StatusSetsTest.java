package vn.tiendo.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.deadline.DeadlineRules;
import vn.tiendo.support.EmbeddedPostgresResource;

/** The SQL functions of V9 say exactly what AssignmentStatus says, for every status; so does "overdue". */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StatusSetsTest {
    @Inject
    EntityManager em;

    @Test
    void sqlFunctionsMirrorTheJavaSets() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            for (Map.Entry<String, Set<AssignmentStatus>> f : AssignmentStatus.SQL_FUNCTIONS.entrySet()) {
                Object sql = QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT " + f.getKey() + "(?1)")
                                .setParameter(1, s.name())
                                .getSingleResult());
                assertEquals(f.getValue().contains(s), sql, f.getKey() + "('" + s + "')");
            }
            for (LocalDate deadline : new LocalDate[] {today.minusDays(1), today, today.plusDays(1)}) {
                Object sql = QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT assignment_overdue(?1, ?2, ?3)")
                                .setParameter(1, s.name())
                                .setParameter(2, deadline)
                                .setParameter(3, today)
                                .getSingleResult());
                assertEquals(
                        DeadlineRules.overdue(s.open(), deadline, today),
                        sql,
                        "assignment_overdue('" + s + "', " + deadline + ")");
            }
        }
        // the table admits exactly the enum's statuses
        String check = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        """
                SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                WHERE c.conrelid = 'assignment'::regclass AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%status%'""")
                .getSingleResult());
        for (AssignmentStatus s : AssignmentStatus.values()) {
            org.junit.jupiter.api.Assertions.assertTrue(check.contains("'" + s.name() + "'"), check + " lacks " + s);
        }
        assertEquals(AssignmentStatus.values().length, check.split("'[A-Z_]+'", -1).length - 1, check);
    }
}
