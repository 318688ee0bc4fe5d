package vn.tiendo.organization;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.postgresql.PGConnection;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;

/**
 * Writes an {@link ImportPlan.Placement} set-based over JDBC, in the caller's transaction: ids from the sequence in
 * one statement, the moves (each subtree's paths rewritten), the updates in one batch, the new rows with PostgreSQL
 * COPY, and the audit rows of the new ones read back in one {@code INSERT ... SELECT}.
 */
@ApplicationScoped
class OrganizationImportWriter {
    @Inject
    Session session;

    @Inject
    OrganizationRepository orgs;

    @Inject
    AuditLog audit;

    /** {@code n} new organisation ids, none taken when {@code n} is 0. */
    List<Long> allocateIds(int n) {
        List<Long> ids = new ArrayList<>(n);
        if (n == 0) {
            return ids;
        }
        session.doWork(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT nextval('organization_id_seq') FROM generate_series(1, ?)")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        });
        return ids;
    }

    /** Moves each subtree in turn, from the path an earlier move may have given it. */
    void move(List<ImportPlan.Move> moves) {
        for (ImportPlan.Move m : moves) {
            String current = session.doReturningWork(c -> currentPath(c, m.id()));
            orgs.rewriteSubtreePaths(current, m.target());
        }
    }

    /** The changed organisations' fields; also reactivates them. */
    void update(List<ImportPlan.Write> changed, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    UPDATE organization SET name = ?, level_code = ?, member_count = ?, parent_id = ?, active = true,
                           search_key = ?, version = version + 1, updated_at = ? WHERE id = ?""")) {
                for (ImportPlan.Write w : changed) {
                    ps.setString(1, w.name());
                    ps.setString(2, w.levelCode());
                    ps.setInt(3, w.memberCount());
                    if (w.parentId() == null) {
                        ps.setNull(4, Types.BIGINT);
                    } else {
                        ps.setLong(4, w.parentId());
                    }
                    ps.setString(5, OrganizationService.searchKey(w.code(), w.name()));
                    ps.setObject(6, Timestamp.from(now));
                    ps.setLong(7, w.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** The new organisations, with PostgreSQL COPY. */
    void insert(List<ImportPlan.Write> fresh, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(fresh.size() * 120);
        String ts = now.toString();
        for (ImportPlan.Write w : fresh) {
            csv.append(w.id())
                    .append(',')
                    .append(quote(w.code()))
                    .append(',')
                    .append(quote(w.name()))
                    .append(',')
                    .append(w.parentId() == null ? "" : w.parentId())
                    .append(',')
                    .append(quote(w.levelCode()))
                    .append(',')
                    .append(w.memberCount())
                    .append(",true,")
                    .append(quote(w.path()))
                    .append(',')
                    .append(w.depth())
                    .append(',')
                    .append(quote(OrganizationService.searchKey(w.code(), w.name())))
                    .append(",0,")
                    .append(ts)
                    .append(',')
                    .append(ts)
                    .append('\n');
        }
        session.doWork(c -> {
            try {
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                """
                        COPY organization (id, code, name, parent_id, level_code, member_count, active, path, depth, search_key,
                                           version, created_at, updated_at) FROM STDIN (FORMAT csv)""",
                                new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        });
    }

    /** The IMPORT audit rows of the new organisations: their after-images read back set-based (the shape of ImportPlan's). */
    void auditCreated(List<Long> created) {
        if (created.isEmpty()) {
            return;
        }
        audit.recordSelected(
                AuditEntity.ORGANIZATION,
                "IMPORT",
                """
                SELECT o.id::text, o.id, NULL::jsonb,
                       jsonb_build_object('id', o.id, 'code', o.code, 'name', o.name, 'parentId', o.parent_id,
                                          'levelCode', o.level_code, 'memberCount', o.member_count, 'active', o.active, 'path', o.path)
                FROM organization o WHERE o.id = ANY (?) ORDER BY o.id""",
                (Object) session.doReturningWork(c -> c.createArrayOf("bigint", created.toArray())));
    }

    private static String currentPath(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT path FROM organization WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
