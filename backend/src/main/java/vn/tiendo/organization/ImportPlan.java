package vn.tiendo.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Oversight;

/**
 * The pure part of an organisation import, plain Java without the database: every line checked on its own
 * ({@link #read}), then against what exists and the caller's rights, for cycles and depth ({@link #check}: 422
 * listing every bad line in the file's order), then, once the new rows have ids, what to write ({@link #place}):
 * the moves parents first, the updates, the inserts and every final path. A parent may come later in the file than
 * its child. {@code OrganizationImportService} loads what exists and writes the placement with
 * {@code OrganizationImportWriter}.
 */
final class ImportPlan {
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._\\-]{1,64}");

    /** What the database already knows about an organisation; also the audit's before-image (keep its components). */
    record Known(
            long id,
            String code,
            String name,
            Long parentId,
            String levelCode,
            int memberCount,
            boolean active,
            String path) {}

    /** A validated file line; {@code where} names it in errors. */
    record Row(String where, String code, String name, String parentCode, String levelCode, int memberCount) {}

    /** What the caller may do, as far as the plan needs to know (the service answers from Caller and Oversight). */
    interface Authority {
        /** May change the existing organisation at this path. */
        boolean mayEdit(String path);

        /** Oversees the organisation at this path (only the level above edits it). */
        boolean oversees(String path);

        /** May create an organisation without a parent. */
        boolean mayCreateRoot();

        /** May attach organisations under the existing one at this path. */
        boolean mayPlaceUnder(String parentPath);
    }

    /** The file's lines, each checked on its own: the valid rows by code (in the file's order) and the errors so far. */
    record Lines(List<ImportRow> input, Map<String, Row> rows, List<FieldError> errors) {
        /** Every code the file names, as an organisation or as a parent. */
        Set<String> referencedCodes() {
            Set<String> referenced = new HashSet<>(rows.keySet());
            rows.values().forEach(r -> {
                if (r.parentCode() != null) {
                    referenced.add(r.parentCode());
                }
            });
            return referenced;
        }
    }

    /** Move the subtree of this organisation so that its path becomes {@code target}. */
    record Move(long id, String target) {}

    /** One organisation's row as it is after the import. */
    record Write(long id, String code, String name, Long parentId, String levelCode, int memberCount, String path) {
        int depth() {
            return OrganizationRepository.depthOf(path);
        }
    }

    /** An existing organisation the import changes: its state before and the after-image for the audit. */
    record Change(long id, Known before, Map<String, Object> after) {}

    /**
     * What to write, in this order: the moves (parents first, each read from its current path), the updates, the
     * inserts; then the events and the audit.
     */
    record Placement(
            List<Move> moves,
            List<Write> updates,
            List<Write> inserts,
            List<Change> changes,
            List<Long> createdIds,
            List<Long> placedIds,
            List<Long> touchedIds,
            ImportResult result) {
        /** The new paths of the moved subtrees, in the order they move. */
        List<String> movedPrefixes() {
            return moves.stream().map(Move::target).toList();
        }
    }

    private final Map<String, Row> file;
    private final Map<String, Known> known;
    private final Map<Long, Known> byId;

    private ImportPlan(Map<String, Row> file, Map<String, Known> known) {
        this.file = file;
        this.known = known;
        this.byId = known.values().stream().collect(Collectors.toMap(Known::id, k -> k));
    }

    /** Checks every line on its own (codes, names, levels, member counts); 422 for an empty file. */
    static Lines read(List<ImportRow> input, Set<String> levelCodes, Set<String> retiredLevelCodes) {
        if (input.isEmpty()) {
            throw ApiException.unprocessable("body", "tệp không có dòng dữ liệu nào");
        }
        List<FieldError> errors = new ArrayList<>();
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
            } else if (retiredLevelCodes.contains(levelCode)) {
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
                    rows.put(code, new Row(in.where(), code, name, parentCode, levelCode, members));
                }
            }
        }
        return new Lines(input, rows, errors);
    }

    /**
     * Checks the lines against what exists ({@code known}: the organisations the file names and all their
     * ancestors) and the caller's rights, then for cycles, then for depth ({@code subtreeHeight}: how many levels lie
     * below an existing organisation, asked only for one that moves). Any error: 422 listing them all in the file's
     * order.
     */
    static ImportPlan check(
            Lines lines, Map<String, Known> known, Authority authority, ToIntFunction<String> subtreeHeight) {
        List<FieldError> errors = new ArrayList<>(lines.errors());
        ImportPlan plan = new ImportPlan(lines.rows(), known);
        for (Row r : plan.file.values()) {
            plan.checkParentAndScope(r, authority, errors);
        }
        if (errors.isEmpty()) {
            plan.findCycles(errors);
        }
        if (errors.isEmpty()) {
            plan.checkDepth(subtreeHeight, errors);
        }
        if (!errors.isEmpty()) {
            Map<String, Integer> order = new HashMap<>();
            for (int i = 0; i < lines.input().size(); i++) {
                order.putIfAbsent(lines.input().get(i).where(), i);
            }
            errors.sort(Comparator.comparingInt(e -> order.getOrDefault(e.field(), -1))); // in the file's order
            throw ApiException.unprocessable(
                    errors.size() + " dòng không hợp lệ; không có thay đổi nào được lưu", errors);
        }
        return plan;
    }

    /** The rows that create an organisation, in the file's order; {@link #place} takes one new id for each. */
    List<Row> fresh() {
        return file.values().stream().filter(r -> !known.containsKey(r.code())).toList();
    }

    /** What to write, given the ids of the new organisations (one for each of {@link #fresh()}, in that order). */
    Placement place(List<Long> newIds) {
        List<Row> fresh = fresh();
        if (newIds.size() != fresh.size()) {
            throw new IllegalArgumentException(fresh.size() + " new organisations, " + newIds.size() + " ids");
        }
        Map<String, Long> ids = new HashMap<>();
        known.values().forEach(k -> ids.put(k.code(), k.id()));
        for (int i = 0; i < fresh.size(); i++) {
            ids.put(fresh.get(i).code(), newIds.get(i));
        }
        Map<String, String> paths = new HashMap<>();
        int updated = 0;
        int unchanged = 0;
        List<Row> moved = new ArrayList<>();
        List<Row> changed = new ArrayList<>();
        for (Row r : file.values()) {
            Known k = known.get(r.code());
            if (k == null) {
                continue;
            }
            Long newParentId = r.parentCode() == null ? null : ids.get(r.parentCode());
            boolean move = !Objects.equals(newParentId, k.parentId());
            boolean edit = move
                    || !k.name().equals(r.name())
                    || !k.levelCode().equals(r.levelCode())
                    || k.memberCount() != r.memberCount()
                    || !k.active();
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
        // parents first: a subtree moved inside another moved subtree is read from where the outer move left it
        moved.sort(Comparator.comparingInt(r -> OrganizationRepository.depthOf(pathOf(r.code(), ids, paths))));
        List<Move> moves = moved.stream()
                .map(r -> new Move(ids.get(r.code()), pathOf(r.code(), ids, paths)))
                .toList();
        List<Write> updates = changed.stream().map(r -> write(r, ids, paths)).toList();
        List<Write> inserts = fresh.stream().map(r -> write(r, ids, paths)).toList();
        List<Long> placedIds = new ArrayList<>(newIds);
        changed.stream().filter(r -> !known.get(r.code()).active()).forEach(r -> placedIds.add(ids.get(r.code())));
        List<Change> changes = new ArrayList<>();
        for (Row r : changed) {
            changes.add(new Change(
                    ids.get(r.code()), known.get(r.code()), afterImage(r, ids, pathOf(r.code(), ids, paths))));
        }
        List<Long> touched = new ArrayList<>(newIds);
        changed.forEach(r -> touched.add(ids.get(r.code())));
        return new Placement(
                moves,
                updates,
                inserts,
                changes,
                List.copyOf(newIds),
                placedIds,
                touched,
                new ImportResult(fresh.size(), updated, unchanged));
    }

    private Write write(Row r, Map<String, Long> ids, Map<String, String> paths) {
        Long parentId = r.parentCode() == null ? null : ids.get(r.parentCode());
        return new Write(
                ids.get(r.code()),
                r.code(),
                r.name(),
                parentId,
                r.levelCode(),
                r.memberCount(),
                pathOf(r.code(), ids, paths));
    }

    /** The audit's after-image of an organisation the import changed (the same shape as the one read back for new ones). */
    private static Map<String, Object> afterImage(Row r, Map<String, Long> ids, String path) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("id", ids.get(r.code()));
        after.put("code", r.code());
        after.put("name", r.name());
        after.put("parentId", r.parentCode() == null ? null : ids.get(r.parentCode()));
        after.put("levelCode", r.levelCode());
        after.put("memberCount", r.memberCount());
        after.put("active", true);
        after.put("path", path);
        return after;
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

    private void checkParentAndScope(Row r, Authority authority, List<FieldError> errors) {
        Known self = known.get(r.code());
        if (self != null && !authority.mayEdit(self.path())) {
            errors.add(new FieldError(r.where(), "tổ chức '" + r.code() + "' nằm ngoài phạm vi quản lý của bạn"));
            return;
        }
        if (self != null && !authority.oversees(self.path()) && changes(r, self)) {
            errors.add(
                    new FieldError(r.where(), Oversight.RULE + ": chỉ cấp trên được sửa tổ chức '" + r.code() + "'"));
            return;
        }
        if (r.parentCode() == null) {
            if (!authority.mayCreateRoot()) {
                errors.add(new FieldError(
                        r.where(), "thiếu mã cấp trên (parentCode); chỉ quản trị hệ thống được tạo tổ chức gốc"));
            }
            return;
        }
        if (file.containsKey(r.parentCode())) {
            return; // checked on its own line
        }
        Known parent = known.get(r.parentCode());
        if (parent == null) {
            errors.add(new FieldError(r.where(), "không tìm thấy tổ chức cấp trên '" + r.parentCode() + "'"));
        } else if (!authority.mayPlaceUnder(parent.path())) {
            errors.add(new FieldError(
                    r.where(), "tổ chức cấp trên '" + r.parentCode() + "' nằm ngoài phạm vi quản lý của bạn"));
        }
    }

    private boolean changes(Row r, Known k) {
        Known parent = r.parentCode() == null ? null : known.get(r.parentCode());
        Long parentId = parent == null ? null : parent.id();
        return (r.parentCode() != null && parent == null)
                || !Objects.equals(parentId, k.parentId())
                || !k.name().equals(r.name())
                || !k.levelCode().equals(r.levelCode())
                || k.memberCount() != r.memberCount()
                || !k.active();
    }

    /** The parent code each organisation will have after the import. */
    private String finalParent(String code) {
        Row r = file.get(code);
        if (r != null) {
            return r.parentCode();
        }
        Known k = known.get(code);
        if (k == null || k.parentId() == null) {
            return null;
        }
        Known p = byId.get(k.parentId());
        return p == null ? null : p.code();
    }

    private void findCycles(List<FieldError> errors) {
        Set<String> done = new HashSet<>();
        for (String start : file.keySet()) {
            List<String> trail = new ArrayList<>();
            Set<String> onTrail = new HashSet<>();
            String c = start;
            while (c != null && !done.contains(c)) {
                if (!onTrail.add(c)) {
                    List<String> cycle = trail.subList(trail.indexOf(c), trail.size());
                    errors.add(new FieldError(
                            file.get(start).where(), "vòng lặp cấp trên: " + String.join(" → ", cycle) + " → " + c));
                    break;
                }
                trail.add(c);
                c = finalParent(c);
            }
            done.addAll(trail);
        }
    }

    /** No organisation ends deeper than {@link Organization#MAX_DEPTH} (a moved one with its existing subtree). */
    private void checkDepth(ToIntFunction<String> subtreeHeight, List<FieldError> errors) {
        Map<String, Integer> depth = new HashMap<>();
        for (String start : file.keySet()) {
            List<String> trail = new ArrayList<>();
            String c = start;
            while (c != null && !depth.containsKey(c)) {
                trail.add(c);
                c = finalParent(c);
            }
            int d = c == null ? -1 : depth.get(c);
            for (int i = trail.size() - 1; i >= 0; i--) {
                depth.put(trail.get(i), ++d);
            }
            Known k = known.get(start);
            Row r = file.get(start);
            Known oldParent = k == null || k.parentId() == null ? null : byId.get(k.parentId());
            boolean moved = k != null && !Objects.equals(r.parentCode(), oldParent == null ? null : oldParent.code());
            int below = moved ? subtreeHeight.applyAsInt(k.path()) : 0; // an existing subtree moves with it
            if (depth.get(start) + below > Organization.MAX_DEPTH) {
                errors.add(new FieldError(
                        r.where(),
                        "cây quá sâu: tổ chức '" + start + "' ở cấp thứ " + (depth.get(start) + below + 1) + ", tối đa "
                                + (Organization.MAX_DEPTH + 1) + " cấp"));
            }
        }
    }

    /** The path an organisation will have after the import. */
    private String pathOf(String code, Map<String, Long> ids, Map<String, String> memo) {
        String cached = memo.get(code);
        if (cached != null) {
            return cached;
        }
        String parent = finalParent(code);
        String path = (parent == null ? "/" : pathOf(parent, ids, memo)) + ids.get(code) + "/";
        memo.put(code, path);
        return path;
    }
}
