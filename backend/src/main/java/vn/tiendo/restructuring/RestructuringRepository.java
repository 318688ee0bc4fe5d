package vn.tiendo.restructuring;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

/** The record of restructuring decisions (table {@code restructuring}). */
@ApplicationScoped
public class RestructuringRepository {
    @Inject
    Session session;

    /** A recorded decision, the organisations by id. */
    public record Row(
            long id, String kind, String decision, LocalDate effectiveOn, Long[] sourceIds, Long[] successorIds) {}

    /** Records a decision with its effects (JSON) and answers its id. */
    public long insert(
            String kind,
            String decision,
            LocalDate effectiveOn,
            List<Long> sourceIds,
            List<Long> successorIds,
            String effectsJson,
            long createdBy) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO restructuring (kind, decision, effective_on, source_org_ids, successor_org_ids, effects, created_by)
                    VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) RETURNING id""")) {
                ps.setString(1, kind);
                ps.setString(2, decision);
                ps.setObject(3, effectiveOn);
                ps.setArray(4, c.createArrayOf("bigint", sourceIds.toArray()));
                ps.setArray(5, c.createArrayOf("bigint", successorIds.toArray()));
                ps.setString(6, effectsJson);
                ps.setLong(7, createdBy);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The decisions the organisation took part in, as a source or a successor, in the order they took effect. */
    public List<Row> involving(long orgId) {
        return session.doReturningWork(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT id, kind, decision, effective_on, source_org_ids, successor_org_ids FROM restructuring
                    WHERE source_org_ids @> ARRAY[?]::bigint[] OR successor_org_ids @> ARRAY[?]::bigint[] ORDER BY effective_on, id""")) {
                ps.setLong(1, orgId);
                ps.setLong(2, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, LocalDate.class),
                                ids(rs.getArray(5)),
                                ids(rs.getArray(6))));
                    }
                }
            }
            return rows;
        });
    }

    private static Long[] ids(Array a) throws SQLException {
        return (Long[]) a.getArray();
    }
}
