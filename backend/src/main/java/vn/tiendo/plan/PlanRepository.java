package vn.tiendo.plan;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.tiendo.common.Text;

@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {
    /**
     * Plans the caller may see: issued inside its readable subtree, or issued by an organisation above it (a plan
     * that reaches it).
     */
    public PanacheQuery<Plan> visible(
            String readPrefix, boolean exact, String callerPath, boolean managesDrafts, PlanStatus status, String q) {
        StringBuilder where = new StringBuilder("(issuerOrgId in (select o.id from Organization o where ")
                .append(exact ? "o.path = :readPrefix" : "o.path like :readPrefixLike")
                .append(" or :callerPath like concat(o.path, '%')))");
        Parameters params = Parameters.with("callerPath", callerPath);
        if (exact) {
            params.and("readPrefix", readPrefix);
        } else {
            params.and("readPrefixLike", Text.likeLiteral(readPrefix) + "%");
        }
        // a draft is seen only by those who may edit it: the department or admin of the issuer's subtree
        if (managesDrafts) {
            where.append(
                    " and (status <> vn.tiendo.plan.PlanStatus.DRAFT or issuerOrgId in (select o.id from Organization o where o.path like :readPrefixLike))");
            params.and("readPrefixLike", Text.likeLiteral(readPrefix) + "%");
        } else {
            where.append(" and status <> vn.tiendo.plan.PlanStatus.DRAFT");
        }
        if (status != null) {
            where.append(" and status = :status");
            params.and("status", status);
        }
        String key = Text.searchKey(q);
        if (!key.isEmpty()) {
            where.append(" and searchKey like :q escape '\\'");
            params.and("q", "%" + Text.likeLiteral(key) + "%");
        }
        return find(where.toString(), Sort.descending("id"), params);
    }
}
