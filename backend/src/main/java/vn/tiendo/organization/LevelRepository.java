package vn.tiendo.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LevelRepository implements PanacheRepositoryBase<Level, String> {
    public List<Level> ordered() {
        return listAll(Sort.by("rank").and("code"));
    }
}
