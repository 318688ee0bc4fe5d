package vn.tiendo.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;

import vn.tiendo.common.Paging;

/** Reads the audit trail, and finds which part of the tree an audited entity belongs to now. */
@ApplicationScoped
public class AuditRepository {
    @Inject
    Session session;

    @Inject
    ObjectMapper mapper;

    public List<AuditEventDto> events(AuditEntity type, String entityId, Paging paging) {
        return session.doReturningWork(c -> {
            List<AuditEventDto> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT id, at, request_id, actor_user_id, actor_username, actor_org_id, entity_type, entity_id, action, org_id,
                           before::text, after::text
                    FROM audit_event WHERE entity_type = ? AND entity_id = ? ORDER BY id LIMIT ? OFFSET ?""")) {
                ps.setString(1, type.name());
                ps.setString(2, entityId);
                ps.setInt(3, paging.size());
                ps.setInt(4, paging.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEventDto(
                                rs.getLong(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getString(3),
                                longOrNull(rs, 4),
                                rs.getString(5),
                                longOrNull(rs, 6),
                                AuditEntity.valueOf(rs.getString(7)),
                                rs.getString(8),
                                rs.getString(9),
                                longOrNull(rs, 10),
                                json(rs.getString(11)),
                                json(rs.getString(12))));
                    }
                }
            }
            return out;
        });
    }

    public long count(AuditEntity type, String entityId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ?")) {
                ps.setString(1, type.name());
                ps.setString(2, entityId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The materialized path of the organisation the entity belongs to ("/" for global things such as levels). */
    public Optional<String> pathOf(AuditEntity type, String entityId) {
        String sql =
                switch (type) {
                    case ORGANIZATION -> "SELECT path FROM organization WHERE id = ?";
                    case USER ->
                        "SELECT coalesce(o.path, '/') FROM app_user u LEFT JOIN organization o ON o.id = u.org_id WHERE u.id = ?";
                    case LEVEL -> "SELECT '/' FROM level WHERE code = ?";
                    case PLAN ->
                        "SELECT o.path FROM plan p JOIN organization o ON o.id = p.issuer_org_id WHERE p.id = ?";
                    case ASSIGNMENT -> "SELECT org_path FROM assignment WHERE id = ?";
                    case SESSION ->
                        "SELECT a.org_path FROM session s JOIN assignment a ON a.id = s.assignment_id WHERE s.id = ?";
                    case REPORT ->
                        "SELECT a.org_path FROM report r JOIN assignment a ON a.id = r.assignment_id WHERE r.id = ?";
                    case ATTACHMENT ->
                        """
                    SELECT a.org_path FROM attachment x JOIN report r ON r.id = x.report_id JOIN assignment a ON a.id = r.assignment_id
                    WHERE x.id = ?""";
                    case API_KEY ->
                        "SELECT o.path FROM api_key k JOIN organization o ON o.id = k.org_id WHERE k.id = ?";
                    case WEBHOOK -> "SELECT org_path FROM webhook WHERE id = ?";
                    case MEMBER -> "SELECT o.path FROM member m JOIN organization o ON o.id = m.org_id WHERE m.id = ?";
                    // the common parent of what was restructured: the successor's parent (or the first source's)
                    case RESTRUCTURING ->
                        """
                    SELECT coalesce(pp.path, p.path) FROM restructuring r
                    JOIN organization p ON p.id = coalesce(r.successor_org_ids[1], r.source_org_ids[1])
                    LEFT JOIN organization pp ON pp.id = p.parent_id WHERE r.id = ?""";
                };
        Object key;
        if (type == AuditEntity.LEVEL) {
            key = entityId;
        } else {
            try {
                key = Long.parseLong(entityId);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private JsonNode json(String s) {
        if (s == null) {
            return null;
        }
        try {
            return mapper.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
