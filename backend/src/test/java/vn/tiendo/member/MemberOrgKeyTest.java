package vn.tiendo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * V15 checks the member → organisation key per statement instead of per row: a member can still never point at an
 * organisation that does not exist (insert, update, many rows at once), and organisations cannot be deleted.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MemberOrgKeyTest {
    @Inject
    DataSource ds;

    private static final String INSERT =
            "INSERT INTO member (code, full_name, org_id, status, search_key) SELECT 'KEY-' || g || '-' || %s, 'X', %s, 'CHINH_THUC', 'x'"
                    + " FROM generate_series(1, 3) g";

    @Test
    void aMemberNeverPointsAtAnOrganisationThatDoesNotExist() throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            String code = Api.unique("KEY");
            long org = Api.importTree(List.of(Api.org(code, "Chi bộ Khóa " + code, null, "tinh", 10)))
                    .get(code);
            long before = one(s, "SELECT count(*) FROM member");
            SQLException insert = assertThrows(
                    SQLException.class,
                    () -> s.execute(String.format(INSERT, org, "CASE WHEN g = 2 THEN -5 ELSE " + org + " END")));
            assertEquals("23503", insert.getSQLState(), insert.getMessage());
            assertEquals(before, one(s, "SELECT count(*) FROM member"), "the whole statement is refused");

            s.execute(String.format(INSERT, org, org));
            SQLException update = assertThrows(
                    SQLException.class,
                    () -> s.execute("UPDATE member SET org_id = -7 WHERE code = 'KEY-3-" + org + "'"));
            assertEquals("23503", update.getSQLState(), update.getMessage());
            assertEquals(org, one(s, "SELECT org_id FROM member WHERE code = 'KEY-3-" + org + "'"));
            s.execute("UPDATE member SET full_name = 'Y' WHERE org_id = " + org); // a valid update passes

            SQLException delete = assertThrows(
                    SQLException.class,
                    () -> s.execute("DELETE FROM organization WHERE id = (SELECT max(id) FROM organization)"));
            assertEquals("23001", delete.getSQLState(), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> s.execute("TRUNCATE organization CASCADE"));
            assertEquals("23001", truncate.getSQLState(), truncate.getMessage());
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
