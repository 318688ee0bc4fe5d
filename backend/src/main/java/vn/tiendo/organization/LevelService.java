package vn.tiendo.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;

/** Levels are data: the system administrator adds, renames, re-ranks and retires them; everyone reads them. */
@ApplicationScoped
public class LevelService {
    @Inject
    LevelRepository levels;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public List<LevelDto> list() {
        return levels.ordered().stream().map(LevelDto::of).toList();
    }

    @Transactional
    public LevelDto create(LevelInput in) {
        requireSystemAdmin();
        if (levels.findByIdOptional(in.code()).isPresent()) {
            throw ApiException.conflict("Cấp '" + in.code() + "' đã tồn tại");
        }
        Level l = new Level();
        l.code = in.code();
        l.name = in.name().strip();
        l.rank = in.rank();
        l.usedUntil = in.usedUntil();
        levels.persist(l);
        audit.record(AuditEntity.LEVEL, l.code, "CREATE", null, null, LevelDto.of(l));
        return LevelDto.of(l);
    }

    @Transactional
    public LevelDto update(String code, LevelUpdate in) {
        requireSystemAdmin();
        Level l = require(code);
        var before = audit.before(LevelDto.of(l));
        l.name = in.name().strip();
        l.rank = in.rank();
        l.usedUntil = in.usedUntil();
        if (in.active() != null) {
            l.active = in.active();
        }
        audit.record(AuditEntity.LEVEL, l.code, "UPDATE", null, before, LevelDto.of(l));
        return LevelDto.of(l);
    }

    /** Retires a level: no new organisations at it; existing ones and old plans keep it. */
    @Transactional
    public LevelDto deactivate(String code) {
        requireSystemAdmin();
        Level l = require(code);
        if (l.active) {
            var before = audit.before(LevelDto.of(l));
            l.active = false;
            audit.record(AuditEntity.LEVEL, l.code, "DEACTIVATE", null, before, LevelDto.of(l));
        }
        return LevelDto.of(l);
    }

    /** A level new organisations may take (exists and is active); otherwise 422 naming the field. */
    public Level requireUsable(String code, String field) {
        Level l = code == null ? null : levels.findById(code);
        if (l == null) {
            throw ApiException.unprocessable(field, "cấp '" + code + "' không tồn tại");
        }
        if (!l.active) {
            throw ApiException.unprocessable(
                    field, "cấp '" + l.name + "' đã ngừng sử dụng; không tạo tổ chức mới ở cấp này");
        }
        return l;
    }

    private Level require(String code) {
        return levels.findByIdOptional(code).orElseThrow(() -> ApiException.notFound("cấp " + code));
    }

    private void requireSystemAdmin() {
        if (!caller.isSystemAdmin()) {
            throw ApiException.forbidden("Chỉ quản trị hệ thống được sửa danh mục cấp tổ chức");
        }
    }
}
