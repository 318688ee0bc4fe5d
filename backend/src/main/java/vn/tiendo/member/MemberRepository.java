package vn.tiendo.member;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.tiendo.common.FieldError;
import vn.tiendo.common.Text;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, Long> {

    /** The active members of one organisation; q matches code or name ignoring case and Vietnamese diacritics. */
    public PanacheQuery<Member> roster(long orgId, String q) {
        String key = Text.searchKey(q);
        if (key.isEmpty()) {
            return find("orgId = :org and active = true", Sort.by("fullName").and("id"), Parameters.with("org", orgId));
        }
        return find(
                "orgId = :org and active = true and searchKey like :q escape '\\'",
                Sort.by("fullName").and("id"),
                Parameters.with("org", orgId).and("q", "%" + Text.likeLiteral(key) + "%"));
    }

    /**
     * The refusals of a list naming members by entry (attendance, write-ups): {@code entries[i].memberId} for a member
     * named twice, then for one not active in the subtree at this path.
     */
    public List<FieldError> entryMemberErrors(List<Long> memberIds, String path) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < memberIds.size(); i++) {
            Integer first = seen.putIfAbsent(memberIds.get(i), i);
            if (first != null) {
                errors.add(new FieldError(
                        "entries[" + i + "].memberId",
                        "đảng viên " + memberIds.get(i) + " đã có ở entries[" + first + "]"));
            }
        }
        Set<Long> eligible = activeInSubtree(List.copyOf(seen.keySet()), path).stream()
                .map(m -> m.id)
                .collect(Collectors.toSet());
        for (int i = 0; i < memberIds.size(); i++) {
            if (!eligible.contains(memberIds.get(i))) {
                errors.add(new FieldError(
                        "entries[" + i + "].memberId",
                        "đảng viên " + memberIds.get(i)
                                + " không sinh hoạt trong tổ chức được giao hoặc tổ chức trực thuộc"));
            }
        }
        return errors;
    }

    /** Active members whose organisation lies in the subtree at this path, among these ids. */
    public List<Member> activeInSubtree(List<Long> ids, String path) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        """
                select m from Member m, Organization o where o.id = m.orgId and m.id in :ids and m.active = true
                and o.path like :prefix escape '\\'""",
                        Member.class)
                .setParameter("ids", ids)
                .setParameter("prefix", Text.likeLiteral(path) + "%")
                .getResultList();
    }

    /** Moves every member of these organisations to another (a restructuring); answers how many moved. */
    public int moveAll(java.util.Collection<Long> fromOrgIds, long toOrgId) {
        return getEntityManager()
                .unwrap(org.hibernate.Session.class)
                .createNativeMutationQuery("UPDATE member SET org_id = :to WHERE org_id IN (:from)")
                .setParameter("to", toOrgId)
                .setParameterList("from", fromOrgIds)
                .executeUpdate();
    }

    public static String searchKey(String code, String fullName) {
        return Text.searchKey(code + " " + fullName);
    }
}
