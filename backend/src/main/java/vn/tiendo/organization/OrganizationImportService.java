package vn.tiendo.organization;

import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.postgresql.PGConnection;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.StatisticsRefresh;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Oversight;
import vn.tiendo.common.FieldError;

/**
 * Upserts organisations by code, all or nothing: every line is checked first and any bad line answers 422
 * listing them all. A parent may come later in the file than its child; an existing organisation whose parent
 * changes is moved (its subtree's paths rewritten). New rows go in with PostgreSQL COPY.
 */
@ApplicationScoped
public class OrganizationImportService {
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._\\-]{1,64}");

    @Inject
    StatisticsRefresh statistics;
    @Inject
    Session session;
    @Inject
    LevelRepository levels;
    @Inject
    OrganizationRepository orgs;
    @Inject
    Caller caller;
    @Inject
    Oversight oversight;
    @Inject
    AppClock clock;
    @Inject
    AuditLog audit;
    @Inject
    Event<OrganizationsPlaced> placed;
    @Inject
    Event<OrganizationsChanged> changedEvent;

    /** What the database already knows about an organisation. */
    private record Known(long id, String code, String name, Long parentId, String levelCode, int memberCount, boolean active,
            String path) {
    }

    /** A validated file row. */
    private record Row(ImportRow source, String code, String name, String parentCode, String levelCode, int memberCount) {
    }

    @Transactional
    public ImportResult importRows(List<ImportRow> input) {
        if (input.isEmpty()) {
            throw ApiException.unprocessable("body", "tệp không có dòng dữ liệu nào");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Row> file = validateLines(input, errors);
        Set<String> referenced = new HashSet<>(file.keySet());
        file.values().forEach(r -> {
            if (r.parentCode != null) {
                referenced.add(r.parentCode);
            }
        });
        Map<String, Known> known = session.doReturningWork(c -> loadWithAncestors(c, referenced));
        Map<Long, Known> knownById = known.values().stream().collect(Collectors.toMap(Known::id, k -> k));

        for (Row r : file.values()) {
            checkParentAndScope(r, file, known, errors);
        }
        if (errors.isEmpty()) {
            findCycles(file, known, knownById, errors);
        }
        if (errors.isEmpty()) {
            checkDepth(file, known, knownById, errors);
        }
        if (!errors.isEmpty()) {
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < input.size(); i++) {
                order.putIfAbsent(input.get(i).where(), i);
            }
            errors.sort(Comparator.comparingInt(e -> order.getOrDefault(e.field(), -1))); // in the file's order
            throw ApiException.unprocessable(errors.size() + " dòng không hợp lệ; không có thay đổi nào được lưu", errors);
        }
        List<AuditLog.Entry> audited = new ArrayList<>();
        List<Long> created = new ArrayList<>();
        ImportResult result = session.doReturningWork(c -> apply(c, file, known, knownById, audited, created));
        if (!created.isEmpty()) {
            // the after-images of the new organisations, read back set-based in the database (same shape as importedEntry)
            audit.recordSelected(AuditEntity.ORGANIZATION, "IMPORT", """
                    SELECT o.id::text, o.id, NULL::jsonb,
                           jsonb_build_object('id', o.id, 'code', o.code, 'name', o.name, 'parentId', o.parent_id,
                                              'levelCode', o.level_code, 'memberCount', o.member_count, 'active', o.active, 'path', o.path)
                    FROM organization o WHERE o.id = ANY (?) ORDER BY o.id""",
                    (Object) session.doReturningWork(c -> c.createArrayOf("bigint", created.toArray())));
        }
        audit.recordAll(audited);
        statistics.analyzeAfterCommit(created.size() + audited.size(), "organization", "assignment", "progress_count");
        return result;
    }

    private Map<String, Row> validateLines(List<ImportRow> input, List<FieldError> errors) {
        Set<String> levelCodes = levels.listAll().stream().map(l -> l.code).collect(Collectors.toSet());
        Set<String> retired = levels.listAll().stream().filter(l -> !l.active).map(l -> l.code).collect(Collectors.toSet());
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, String> firstSeen = new HashMap<>();
        for (ImportRow in : input) {
            List<String> problems = new ArrayList<>();
            String code = trim(in.code());
            String name = trim(in.name());
            String parentCode = trim(in.parentCode());
            String levelCode = trim(in.levelCode());
            if (code == null) {
                problems.add("thiếu mã (code)");
            } else if (!CODE.matcher(code).matches()) {
                problems.add("mã '" + code + "' không hợp lệ (tối đa 64 ký tự: chữ, số, '.', '_', '-')");
            } else if (firstSeen.containsKey(code)) {
                problems.add("mã '" + code + "' trùng với " + firstSeen.get(code));
            }
            if (name == null) {
                problems.add("thiếu tên (name)");
            } else if (name.length() > 255) {
                problems.add("tên dài quá 255 ký tự");
            }
            if (levelCode == null) {
                problems.add("thiếu cấp (levelCode)");
            } else if (!levelCodes.contains(levelCode)) {
                problems.add("cấp '" + levelCode + "' không tồn tại");
            } else if (retired.contains(levelCode)) {
                problems.add("cấp '" + levelCode + "' đã ngừng sử dụng");
            }
            Integer members = parseMembers(in.memberCount(), problems);
            if (code != null && code.equals(parentCode)) {
                problems.add("tổ chức không thể là cấp trên của chính nó");
            }
            if (!problems.isEmpty()) {
                errors.add(new FieldError(in.where(), String.join("; ", problems)));
            }
            if (code != null && !firstSeen.containsKey(code)) {
                firstSeen.put(code, in.where());
                if (problems.isEmpty()) {
                    rows.put(code, new Row(in, code, name, parentCode, levelCode, members));
                }
            }
        }
        return rows;
    }

    private static Integer parseMembers(String raw, List<String> problems) {
        String v = trim(raw);
        if (v == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                problems.add("số đảng viên (memberCount) không được âm");
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add("số đảng viên (memberCount) '" + v + "' không phải số nguyên");
            return 0;
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private void checkParentAndScope(Row r, Map<String, Row> file, Map<String, Known> known, List<FieldError> errors) {
        Known self = known.get(r.code);
        if (self != null && !caller.canManage(self.path) && !caller.syncsTreeAt(self.path)) {
            errors.add(new FieldError(r.source.where(), "tổ chức '" + r.code + "' nằm ngoài phạm vi quản lý của bạn"));
            return;
        }
        if (self != null && !oversight.oversees(self.path) && changes(r, self, known)) {
            errors.add(new FieldError(r.source.where(), Oversight.RULE + ": chỉ cấp trên được sửa tổ chức '" + r.code + "'"));
            return;
        }
        if (r.parentCode == null) {
            boolean systemAdmin = caller.isAdmin() && "/".equals(caller.orgPath());
            if (!systemAdmin) {
                errors.add(new FieldError(r.source.where(), "thiếu mã cấp trên (parentCode); chỉ quản trị hệ thống được tạo tổ chức gốc"));
            }
            return;
        }
        if (file.containsKey(r.parentCode)) {
            return; // checked on its own line
        }
        Known parent = known.get(r.parentCode);
        if (parent == null) {
            errors.add(new FieldError(r.source.where(), "không tìm thấy tổ chức cấp trên '" + r.parentCode + "'"));
        } else if (!caller.canManage(parent.path) && !caller.syncsTreeUnder(parent.path)) {
            errors.add(new FieldError(r.source.where(), "tổ chức cấp trên '" + r.parentCode + "' nằm ngoài phạm vi quản lý của bạn"));
        }
    }

    private static boolean changes(Row r, Known k, Map<String, Known> known) {
        Known parent = r.parentCode == null ? null : known.get(r.parentCode);
        Long parentId = parent == null ? null : parent.id;
        return (r.parentCode != null && parent == null) || !Objects.equals(parentId, k.parentId) || !k.name.equals(r.name)
                || !k.levelCode.equals(r.levelCode) || k.memberCount != r.memberCount || !k.active;
    }

    /** The parent code each organisation will have after the import. */
    private static String finalParent(String code, Map<String, Row> file, Map<String, Known> known, Map<Long, Known> byId) {
        Row r = file.get(code);
        if (r != null) {
            return r.parentCode;
        }
        Known k = known.get(code);
        if (k == null || k.parentId == null) {
            return null;
        }
        Known p = byId.get(k.parentId);
        return p == null ? null : p.code;
    }

    private static void findCycles(Map<String, Row> file, Map<String, Known> known, Map<Long, Known> byId, List<FieldError> errors) {
        Set<String> done = new HashSet<>();
        for (String start : file.keySet()) {
            List<String> trail = new ArrayList<>();
            Set<String> onTrail = new HashSet<>();
            String c = start;
            while (c != null && !done.contains(c)) {
                if (!onTrail.add(c)) {
                    List<String> cycle = trail.subList(trail.indexOf(c), trail.size());
                    errors.add(new FieldError(file.get(start).source.where(),
                            "vòng lặp cấp trên: " + String.join(" → ", cycle) + " → " + c));
                    break;
                }
                trail.add(c);
                c = finalParent(c, file, known, byId);
            }
            done.addAll(trail);
        }
    }

    /** No organisation ends deeper than {@link Organization#MAX_DEPTH} (a moved one with its existing subtree). */
    private void checkDepth(Map<String, Row> file, Map<String, Known> known, Map<Long, Known> byId, List<FieldError> errors) {
        Map<String, Integer> depth = new HashMap<>();
        for (String start : file.keySet()) {
            List<String> trail = new ArrayList<>();
            String c = start;
            while (c != null && !depth.containsKey(c)) {
                trail.add(c);
                c = finalParent(c, file, known, byId);
            }
            int d = c == null ? -1 : depth.get(c);
            for (int i = trail.size() - 1; i >= 0; i--) {
                depth.put(trail.get(i), ++d);
            }
            Known k = known.get(start);
            Row r = file.get(start);
            Known oldParent = k == null || k.parentId == null ? null : byId.get(k.parentId);
            boolean moved = k != null && !Objects.equals(r.parentCode, oldParent == null ? null : oldParent.code);
            int below = moved ? orgs.subtreeHeight(k.path) : 0; // an existing subtree moves with it
            if (depth.get(start) + below > Organization.MAX_DEPTH) {
                errors.add(new FieldError(file.get(start).source.where(), "cây quá sâu: tổ chức '" + start + "' ở cấp thứ "
                        + (depth.get(start) + below + 1) + ", tối đa " + (Organization.MAX_DEPTH + 1) + " cấp"));
            }
        }
    }

    private ImportResult apply(Connection c, Map<String, Row> file, Map<String, Known> known, Map<Long, Known> byId,
            List<AuditLog.Entry> audited, List<Long> created) throws SQLException {
        List<Row> fresh = file.values().stream().filter(r -> !known.containsKey(r.code)).toList();
        Map<String, Long> ids = new HashMap<>();
        known.values().forEach(k -> ids.put(k.code, k.id));
        List<Long> newIds = allocateIds(c, fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).code, newIds.get(i));
        }
        Map<String, String> paths = new HashMap<>();
        int updated = 0;
        int unchanged = 0;
        List<Row> moved = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        for (Row r : file.values()) {
            Known k = known.get(r.code);
            if (k == null) {
                continue;
            }
            Long newParentId = r.parentCode == null ? null : ids.get(r.parentCode);
            boolean move = !Objects.equals(newParentId, k.parentId);
            boolean edit = move || !k.name.equals(r.name) || !k.levelCode.equals(r.levelCode) || k.memberCount != r.memberCount
                    || !k.active;
            if (move) {
                moved.add(r);
            }
            if (edit) {
                changed.add(r);
                updated++;
            } else {
                unchanged++;
            }
        }
        Instant now = clock.now();
        moved.sort(Comparator.comparingInt(r -> depthOf(pathOf(r.code, file, known, byId, ids, paths))));
        List<String> movedPrefixes = new ArrayList<>();
        for (Row r : moved) {
            String target = pathOf(r.code, file, known, byId, ids, paths);
            String current = currentPath(c, known.get(r.code).id);
            orgs.rewriteSubtreePaths(current, target);
            movedPrefixes.add(target);
        }
        updateChanged(c, changed, ids, now);
        insertFresh(c, fresh, ids, file, known, byId, paths, now);
        List<Long> placedIds = new ArrayList<>(newIds);
        changed.stream().filter(r -> !known.get(r.code).active).forEach(r -> placedIds.add(ids.get(r.code)));
        created.addAll(newIds);
        for (Row r : changed) {
            audited.add(importedEntry(r, known.get(r.code), ids, pathOf(r.code, file, known, byId, ids, paths)));
        }
        session.clear();
        if (!placedIds.isEmpty() || !movedPrefixes.isEmpty()) {
            placed.fire(new OrganizationsPlaced(placedIds, movedPrefixes));
        }
        List<Long> touched = new ArrayList<>(newIds);
        changed.forEach(r -> touched.add(ids.get(r.code)));
        changedEvent.fire(new OrganizationsChanged(touched));
        return new ImportResult(fresh.size(), updated, unchanged);
    }

    /** One audit row per organisation the import created or changed, with its state before and after. */
    private static AuditLog.Entry importedEntry(Row r, Known before, Map<String, Long> ids, String path) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", ids.get(r.code));
        after.put("code", r.code);
        after.put("name", r.name);
        after.put("parentId", r.parentCode == null ? null : ids.get(r.parentCode));
        after.put("levelCode", r.levelCode);
        after.put("memberCount", r.memberCount);
        after.put("active", true);
        after.put("path", path);
        return new AuditLog.Entry(AuditEntity.ORGANIZATION, ids.get(r.code), "IMPORT", ids.get(r.code), before, after);
    }

    private String pathOf(String code, Map<String, Row> file, Map<String, Known> known, Map<Long, Known> byId,
            Map<String, Long> ids, Map<String, String> memo) {
        String cached = memo.get(code);
        if (cached != null) {
            return cached;
        }
        String parent = finalParent(code, file, known, byId);
        String path = (parent == null ? "/" : pathOf(parent, file, known, byId, ids, memo)) + ids.get(code) + "/";
        memo.put(code, path);
        return path;
    }

    private static int depthOf(String path) {
        return OrganizationRepository.depthOf(path);
    }

    private static String currentPath(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT path FROM organization WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static List<Long> allocateIds(Connection c, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('organization_id_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private void updateChanged(Connection c, List<Row> changed, Map<String, Long> ids, Instant now) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE organization SET name = ?, level_code = ?, member_count = ?, parent_id = ?, active = true,
                       search_key = ?, version = version + 1, updated_at = ? WHERE id = ?""")) {
            for (Row r : changed) {
                ps.setString(1, r.name);
                ps.setString(2, r.levelCode);
                ps.setInt(3, r.memberCount);
                Long parentId = r.parentCode == null ? null : ids.get(r.parentCode);
                if (parentId == null) {
                    ps.setNull(4, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(4, parentId);
                }
                ps.setString(5, OrganizationService.searchKey(r.code, r.name));
                ps.setObject(6, java.sql.Timestamp.from(now));
                ps.setLong(7, ids.get(r.code));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertFresh(Connection c, List<Row> fresh, Map<String, Long> ids, Map<String, Row> file,
            Map<String, Known> known, Map<Long, Known> byId, Map<String, String> paths, Instant now) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(fresh.size() * 120);
        String ts = now.toString();
        for (Row r : fresh) {
            String path = pathOf(r.code, file, known, byId, ids, paths);
            Long parentId = r.parentCode == null ? null : ids.get(r.parentCode);
            csv.append(ids.get(r.code)).append(',').append(quote(r.code)).append(',').append(quote(r.name)).append(',')
                    .append(parentId == null ? "" : parentId).append(',').append(quote(r.levelCode)).append(',')
                    .append(r.memberCount).append(",true,").append(quote(path)).append(',').append(depthOf(path)).append(',')
                    .append(quote(OrganizationService.searchKey(r.code, r.name))).append(",0,").append(ts).append(',')
                    .append(ts).append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY organization (id, code, name, parent_id, level_code, member_count, active, path, depth, search_key,
                                       version, created_at, updated_at) FROM STDIN (FORMAT csv)""",
                    new StringReader(csv.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY failed", e);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Organisations with these codes, plus all their ancestors (ids read off their paths). */
    private static Map<String, Known> loadWithAncestors(Connection c, Set<String> codes) throws SQLException {
        Map<String, Known> byCode = new HashMap<>();
        Set<Long> ancestorIds = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, code, name, parent_id, level_code, member_count, active, path FROM organization WHERE code = ANY (?)""")) {
            Array arr = c.createArrayOf("varchar", codes.toArray());
            ps.setArray(1, arr);
            readKnown(ps, byCode);
        }
        for (Known k : byCode.values()) {
            for (String part : k.path.split("/")) {
                if (!part.isEmpty()) {
                    ancestorIds.add(Long.parseLong(part));
                }
            }
        }
        byCode.values().forEach(k -> ancestorIds.remove(k.id));
        if (!ancestorIds.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, code, name, parent_id, level_code, member_count, active, path FROM organization WHERE id = ANY (?)""")) {
                ps.setArray(1, c.createArrayOf("bigint", ancestorIds.toArray()));
                readKnown(ps, byCode);
            }
        }
        return byCode;
    }

    private static void readKnown(PreparedStatement ps, Map<String, Known> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(4);
                Long parentId = rs.wasNull() ? null : parent;
                Known k = new Known(rs.getLong(1), rs.getString(2), rs.getString(3), parentId, rs.getString(5), rs.getInt(6),
                        rs.getBoolean(7), rs.getString(8));
                into.put(k.code, k);
            }
        }
    }
}
