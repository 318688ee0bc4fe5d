package vn.tiendo.organization;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.hibernate.Session;

import vn.tiendo.common.Text;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, Long> {

    public long nextId() {
        return ((Number) getEntityManager()
                        .createNativeQuery("SELECT nextval('organization_id_seq')")
                        .getSingleResult())
                .longValue();
    }

    public Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * Organisations readable under {@code prefix} (exact path when {@code exact}), filtered. q matches code or name
     * ignoring case and diacritics.
     */
    public PanacheQuery<Organization> search(
            String prefix, boolean exact, Long parentId, String levelCode, String q, boolean includeInactive) {
        StringBuilder where = new StringBuilder(exact ? "path = :prefix" : "path like :prefixLike");
        Parameters params = exact
                ? Parameters.with("prefix", prefix)
                : Parameters.with("prefixLike", Text.likeLiteral(prefix) + "%");
        if (parentId != null) {
            where.append(" and parentId = :parentId");
            params.and("parentId", parentId);
        }
        if (levelCode != null) {
            where.append(" and levelCode = :levelCode");
            params.and("levelCode", levelCode);
        }
        String key = Text.searchKey(q);
        if (!key.isEmpty()) {
            where.append(" and searchKey like :q escape '\\'");
            params.and("q", "%" + Text.likeLiteral(key) + "%");
        }
        if (!includeInactive) {
            where.append(" and active = true");
        }
        return find(where.toString(), Sort.by("depth").and("name").and("id"), params);
    }

    public PanacheQuery<Organization> tops(Long callerOrgId, boolean includeInactive) {
        String active = includeInactive ? "" : " and active = true";
        if (callerOrgId == null) {
            return find("parentId is null" + active, Sort.by("name"));
        }
        return find("id = ?1" + active, Sort.by("name"), callerOrgId);
    }

    /** Number of active direct children for each of the given organisations. */
    public Map<Long, Long> activeChildCounts(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select o.parentId, count(o) from Organization o where o.parentId in :ids and o.active = true group by o.parentId",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            counts.put((Long) r[0], (Long) r[1]);
        }
        return counts;
    }

    public long countActiveChildren(long id) {
        return count("parentId = ?1 and active = true", id);
    }

    /**
     * Rewrites the paths of a subtree after a move; also the assignment and webhook rows that copy them (a webhook
     * follows its organisation), except the assignments of closed plans: a closed plan keeps the tree it was closed
     * with (its figures never move). Each rewritten organisation and assignment gets a new version, so a write that
     * loaded one before the move fails (409, or 412 with its old ETag) instead of putting the old path back.
     */
    public void rewriteSubtreePaths(String oldPrefix, String newPrefix) {
        int depthDelta = depthOf(newPrefix) - depthOf(oldPrefix);
        getEntityManager()
                .createNativeQuery(
                        """
                UPDATE organization SET path = :newPrefix || substr(path, length(:oldPrefix) + 1),
                       depth = depth + :delta, updated_at = now(), version = version + 1
                WHERE path LIKE :oldLike""")
                .setParameter("newPrefix", newPrefix)
                .setParameter("oldPrefix", oldPrefix)
                .setParameter("delta", depthDelta)
                .setParameter("oldLike", Text.likeLiteral(oldPrefix) + "%")
                .executeUpdate();
        getEntityManager()
                .createNativeQuery(
                        """
                UPDATE assignment SET org_path = :newPrefix || substr(org_path, length(:oldPrefix) + 1), version = version + 1
                WHERE org_path LIKE :oldLike AND plan_id IN (SELECT id FROM plan WHERE status <> 'CLOSED')""")
                .setParameter("newPrefix", newPrefix)
                .setParameter("oldPrefix", oldPrefix)
                .setParameter("oldLike", Text.likeLiteral(oldPrefix) + "%")
                .executeUpdate();
        getEntityManager()
                .createNativeQuery(
                        """
                UPDATE webhook SET org_path = :newPrefix || substr(org_path, length(:oldPrefix) + 1)
                WHERE org_path LIKE :oldLike""")
                .setParameter("newPrefix", newPrefix)
                .setParameter("oldPrefix", oldPrefix)
                .setParameter("oldLike", Text.likeLiteral(oldPrefix) + "%")
                .executeUpdate();
    }

    /** How many levels lie below the organisation at this path (0 for a leaf). */
    public int subtreeHeight(String path) {
        Number max = (Number) getEntityManager()
                .createNativeQuery("SELECT max(depth) FROM organization WHERE path LIKE ?1")
                .setParameter(1, Text.likeLiteral(path) + "%")
                .getSingleResult();
        return max == null ? 0 : max.intValue() - depthOf(path);
    }

    /** For an import: the organisations with these codes, plus all their ancestors (ids read off their paths), by code. */
    Map<String, ImportPlan.Known> knownWithAncestors(Set<String> codes) {
        return getEntityManager().unwrap(Session.class).doReturningWork(c -> loadWithAncestors(c, codes));
    }

    private static Map<String, ImportPlan.Known> loadWithAncestors(Connection c, Set<String> codes)
            throws SQLException {
        Map<String, ImportPlan.Known> byCode = new HashMap<>();
        Set<Long> ancestorIds = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                """
                SELECT id, code, name, parent_id, level_code, member_count, active, path FROM organization WHERE code = ANY (?)""")) {
            ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            readKnown(ps, byCode);
        }
        for (ImportPlan.Known k : byCode.values()) {
            for (String part : k.path().split("/")) {
                if (!part.isEmpty()) {
                    ancestorIds.add(Long.parseLong(part));
                }
            }
        }
        byCode.values().forEach(k -> ancestorIds.remove(k.id()));
        if (!ancestorIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT id, code, name, parent_id, level_code, member_count, active, path FROM organization WHERE id = ANY (?)""")) {
                ps.setArray(1, c.createArrayOf("bigint", ancestorIds.toArray()));
                readKnown(ps, byCode);
            }
        }
        return byCode;
    }

    private static void readKnown(PreparedStatement ps, Map<String, ImportPlan.Known> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(4);
                Long parentId = rs.wasNull() ? null : parent;
                ImportPlan.Known k = new ImportPlan.Known(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        parentId,
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getBoolean(7),
                        rs.getString(8));
                into.put(k.code(), k);
            }
        }
    }

    public static int depthOf(String path) {
        int slashes = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                slashes++;
            }
        }
        return slashes - 2;
    }
}
