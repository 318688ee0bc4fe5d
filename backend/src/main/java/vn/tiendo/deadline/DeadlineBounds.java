package vn.tiendo.deadline;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The bounds on deadlines, beside {@link DeadlineRules}: how late a child plan's tier, or an extension of one of its
 * assignments, may end. A child plan (kế hoạch cụ thể hóa) passes on what its parent asked of the issuer:
 * <ul>
 * <li>a tier targeting a level for which the parent has a tier ends no later than that tier (the same activity when
 * the parent has one for it): the parent set that level's deadline itself;</li>
 * <li>a tier targeting an organisation by id ends no later than that organisation's own deadline in the parent (when
 * the parent assigned it anything);</li>
 * <li>everything else, whatever it targets, ends no later than the issuer's own deadline in the parent for the same
 * activity (a ward given 20 days cannot give its cells 40 when the parent says nothing of cells): the latest deadline
 * of the issuer's own assignments of the parent for that activity (else for any activity); when the parent does not
 * target the issuer at all, the parent's latest deadline for that activity (else its latest).</li>
 * </ul>
 * The binding deadline is the earliest of these. A plan without a parent is unbounded.
 */
@ApplicationScoped
public class DeadlineBounds {
    @Inject
    EntityManager em;

    /** The deadline that binds a tier and what set it: a level's tier in the parent (levelCode) or the issuer's own (null). */
    public record Bound(LocalDate deadline, String levelCode) {}

    private record ParentTier(String activity, List<String> levels, LocalDate deadline) {}

    /** The binding deadline of a child-plan tier with this activity and these targets; empty when nothing binds it. */
    public Optional<Bound> forTier(
            long parentPlanId, long issuerOrgId, String activity, List<String> levelCodes, List<Long> organizationIds) {
        Optional<LocalDate> issuer = ownBound(parentPlanId, issuerOrgId, activity, true);
        List<ParentTier> parentTiers = parentTiers(parentPlanId);
        List<Bound> found = new ArrayList<>();
        for (String level : levelCodes) {
            List<ParentTier> sameLevel =
                    parentTiers.stream().filter(t -> t.levels().contains(level)).toList();
            List<ParentTier> sameActivity = sameLevel.stream()
                    .filter(t -> t.activity().equals(activity))
                    .toList();
            Optional<LocalDate> d = (sameActivity.isEmpty() ? sameLevel : sameActivity)
                    .stream().map(ParentTier::deadline).max(LocalDate::compareTo);
            (d.isPresent() ? d.map(x -> new Bound(x, level)) : issuer.map(x -> new Bound(x, null)))
                    .ifPresent(found::add);
        }
        for (Long orgId : organizationIds) {
            Optional<LocalDate> own = ownBound(parentPlanId, orgId, activity, false);
            (own.isPresent() ? own : issuer).map(x -> new Bound(x, null)).ifPresent(found::add);
        }
        if (levelCodes.isEmpty() && organizationIds.isEmpty()) {
            issuer.map(x -> new Bound(x, null)).ifPresent(found::add);
        }
        return found.stream().min((a, b) -> a.deadline().compareTo(b.deadline()));
    }

    /** The latest deadline an assignment of this tier may be extended to: the tier's bound in the parent plan; empty for a plan without parent. */
    public Optional<LocalDate> forAssignmentOf(long tierId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        """
                SELECT p.parent_plan_id, p.issuer_org_id, t.activity, array_to_string(t.level_codes, ','),
                       array_to_string(t.organization_ids, ',')
                FROM plan p JOIN tier t ON t.plan_id = p.id WHERE t.id = ?1""")
                .setParameter(1, tierId)
                .getSingleResult();
        if (row[0] == null) {
            return Optional.empty();
        }
        return forTier(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        (String) row[2],
                        split((String) row[3]),
                        split((String) row[4]).stream().map(Long::valueOf).toList())
                .map(Bound::deadline);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    /**
     * An organisation's own deadline in the parent plan for this activity (else for any); with orWholePlan, when the
     * parent assigned it nothing, the parent's latest deadline for the activity (else its latest).
     */
    private Optional<LocalDate> ownBound(long parentPlanId, long orgId, String activity, boolean orWholePlan) {
        Object d = em.createNativeQuery(
                        """
                SELECT coalesce(
                    (SELECT max(a.deadline) FROM assignment a JOIN tier t ON t.id = a.tier_id
                     WHERE a.plan_id = ?1 AND a.org_id = ?2 AND t.activity = ?3),
                    (SELECT max(a.deadline) FROM assignment a WHERE a.plan_id = ?1 AND a.org_id = ?2),
                    (SELECT max(t.deadline) FROM tier t WHERE ?4 AND t.plan_id = ?1 AND t.activity = ?3),
                    (SELECT max(t.deadline) FROM tier t WHERE ?4 AND t.plan_id = ?1))""")
                .setParameter(1, parentPlanId)
                .setParameter(2, orgId)
                .setParameter(3, activity)
                .setParameter(4, orWholePlan)
                .getSingleResult();
        return Optional.ofNullable(toDate(d));
    }

    @SuppressWarnings("unchecked")
    private List<ParentTier> parentTiers(long planId) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT t.activity, array_to_string(t.level_codes, ','), t.deadline FROM tier t WHERE t.plan_id = ?1")
                .setParameter(1, planId)
                .getResultList();
        List<ParentTier> out = new ArrayList<>();
        for (Object[] r : rows) {
            String levels = (String) r[1];
            out.add(new ParentTier(
                    (String) r[0],
                    levels == null || levels.isEmpty() ? List.of() : Arrays.asList(levels.split(",")),
                    toDate(r[2])));
        }
        return out;
    }

    private static LocalDate toDate(Object d) {
        if (d == null) {
            return null;
        }
        return d instanceof LocalDate l ? l : ((Date) d).toLocalDate();
    }
}
