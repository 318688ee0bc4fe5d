package vn.tiendo.integration;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {
    /** The keys of organisations in the subtree at this path, oldest first. */
    public List<ApiKey> under(String prefix) {
        return getEntityManager()
                .createQuery(
                        """
                select k from ApiKey k where k.orgId in (select o.id from Organization o where o.path like :prefix) order by k.id""",
                        ApiKey.class)
                .setParameter("prefix", prefix + "%")
                .getResultList();
    }
}
