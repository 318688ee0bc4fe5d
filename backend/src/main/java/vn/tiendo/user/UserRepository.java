package vn.tiendo.user;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class UserRepository implements PanacheRepository<AppUser> {
    public Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = lower(?1) and service = false", username).firstResultOptional();
    }

    /** Users whose organisation lies under the path prefix ("/" = everyone, including the system admin). */
    public PanacheQuery<AppUser> inScope(String prefix) {
        if ("/".equals(prefix)) {
            return find("service = false", Sort.by("username"));
        }
        return find(
                "service = false and orgId in (select o.id from Organization o where o.path like :prefix)",
                Sort.by("username"),
                Parameters.with("prefix", prefix + "%"));
    }

    /** Moves every user of these organisations to another (a restructuring); answers how many moved. */
    public int moveAll(java.util.Collection<Long> fromOrgIds, long toOrgId) {
        return getEntityManager()
                .unwrap(org.hibernate.Session.class)
                .createNativeMutationQuery(
                        "UPDATE app_user SET org_id = :to, version = version + 1 WHERE org_id IN (:from)")
                .setParameter("to", toOrgId)
                .setParameterList("from", fromOrgIds)
                .executeUpdate();
    }
}
