package vn.tiendo.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.FieldError;

/** The import's rules without a database: line checks, scope, cycles, depth, and where everything lands. */
class ImportPlanTest {
    static final Set<String> LEVELS = Set.of("tinh", "huyen", "co-so", "chi-bo");
    static final Set<String> RETIRED = Set.of("huyen");

    /** The system administrator: may do everything. */
    static final ImportPlan.Authority SYSTEM_ADMIN = new ImportPlan.Authority() {
        @Override
        public boolean mayEdit(String path) {
            return true;
        }

        @Override
        public boolean oversees(String path) {
            return true;
        }

        @Override
        public boolean mayCreateRoot() {
            return true;
        }

        @Override
        public boolean mayPlaceUnder(String parentPath) {
            return true;
        }
    };

    /** A DEPARTMENT user of the organisation at {@code own}: manages its subtree, oversees strictly below it. */
    static ImportPlan.Authority department(String own) {
        return new ImportPlan.Authority() {
            @Override
            public boolean mayEdit(String path) {
                return path.startsWith(own);
            }

            @Override
            public boolean oversees(String path) {
                return path.startsWith(own) && !path.equals(own);
            }

            @Override
            public boolean mayCreateRoot() {
                return false;
            }

            @Override
            public boolean mayPlaceUnder(String parentPath) {
                return parentPath.startsWith(own);
            }
        };
    }

    static final ToIntFunction<String> LEAVES = path -> 0;

    /** Lines numbered from 2, as in a CSV file under its header. */
    static List<ImportRow> file(String... lines) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] f = (lines[i] + ",,,,,").split(",", -1);
            rows.add(new ImportRow("line " + (i + 2), f[0], f[1], f[2], f[3], f[4]));
        }
        return rows;
    }

    static Map<String, ImportPlan.Known> known(ImportPlan.Known... ks) {
        Map<String, ImportPlan.Known> m = new HashMap<>();
        for (ImportPlan.Known k : ks) {
            m.put(k.code(), k);
        }
        return m;
    }

    static ImportPlan.Known org(long id, String code, Long parentId, String level, String path) {
        return new ImportPlan.Known(id, code, code, parentId, level, 0, true, path);
    }

    static ImportPlan plan(
            List<ImportRow> rows,
            Map<String, ImportPlan.Known> known,
            ImportPlan.Authority who,
            ToIntFunction<String> heights) {
        return ImportPlan.check(ImportPlan.read(rows, LEVELS, RETIRED), known, who, heights);
    }

    static List<FieldError> refused(
            List<ImportRow> rows,
            Map<String, ImportPlan.Known> known,
            ImportPlan.Authority who,
            ToIntFunction<String> heights) {
        ApiException e = assertThrows(ApiException.class, () -> plan(rows, known, who, heights));
        assertEquals(422, e.status());
        assertEquals(e.errors().size() + " dòng không hợp lệ; không có thay đổi nào được lưu", e.getMessage());
        return e.errors();
    }

    @Test
    void childrenListedBeforeTheirParentsGetTheirParentsPaths() {
        ImportPlan p = plan(
                file("C1,Chi bộ 1,X,chi-bo,12", "ROOT,Tỉnh ủy,,tinh,0", "X,Đảng ủy xã,ROOT,co-so,140"),
                Map.of(),
                SYSTEM_ADMIN,
                LEAVES);
        assertEquals(
                List.of("C1", "ROOT", "X"),
                p.fresh().stream().map(ImportPlan.Row::code).toList());

        ImportPlan.Placement placed = p.place(List.of(101L, 102L, 103L));
        assertEquals(
                List.of(
                        new ImportPlan.Write(101, "C1", "Chi bộ 1", 103L, "chi-bo", 12, "/102/103/101/"),
                        new ImportPlan.Write(102, "ROOT", "Tỉnh ủy", null, "tinh", 0, "/102/"),
                        new ImportPlan.Write(103, "X", "Đảng ủy xã", 102L, "co-so", 140, "/102/103/")),
                placed.inserts());
        assertEquals(
                List.of(2, 0, 1),
                placed.inserts().stream().map(ImportPlan.Write::depth).toList());
        assertEquals(new ImportResult(3, 0, 0), placed.result());
        assertEquals(List.of(), placed.moves());
        assertEquals(List.of(), placed.updates());
        assertEquals(List.of(101L, 102L, 103L), placed.createdIds());
        assertEquals(List.of(101L, 102L, 103L), placed.placedIds());
        assertEquals(List.of(101L, 102L, 103L), placed.touchedIds());
    }

    @Test
    void movesGoParentsFirstWhateverTheFileOrder() {
        // R(1) → A(2) → X(4) → Y(5), and R → B(3); the file moves Y under a new Z under B, then A under B
        Map<String, ImportPlan.Known> tree = known(
                org(1, "R", null, "tinh", "/1/"),
                org(2, "A", 1L, "co-so", "/1/2/"),
                org(3, "B", 1L, "co-so", "/1/3/"),
                org(4, "X", 2L, "chi-bo", "/1/2/4/"),
                org(5, "Y", 4L, "chi-bo", "/1/2/4/5/"));
        List<String> asked = new ArrayList<>();
        ImportPlan p = plan(file("Y,Y,Z,chi-bo,0", "Z,Z,B,co-so,0", "A,A,B,co-so,0"), tree, SYSTEM_ADMIN, path -> {
            asked.add(path);
            return path.equals("/1/2/") ? 2 : 0;
        });
        assertEquals(List.of("/1/2/4/5/", "/1/2/"), asked, "only a moved organisation's subtree is measured");

        ImportPlan.Placement placed = p.place(List.of(100L));
        // A's move carries Y along (to /1/3/2/4/5/), so A goes first and Y is then read from there
        assertEquals(List.of(new ImportPlan.Move(2, "/1/3/2/"), new ImportPlan.Move(5, "/1/3/100/5/")), placed.moves());
        assertEquals(List.of("/1/3/2/", "/1/3/100/5/"), placed.movedPrefixes());
        assertEquals(List.of(new ImportPlan.Write(100, "Z", "Z", 3L, "co-so", 0, "/1/3/100/")), placed.inserts());
        assertEquals(
                List.of(
                        new ImportPlan.Write(5, "Y", "Y", 100L, "chi-bo", 0, "/1/3/100/5/"),
                        new ImportPlan.Write(2, "A", "A", 3L, "co-so", 0, "/1/3/2/")),
                placed.updates());
        assertEquals(new ImportResult(1, 2, 0), placed.result());
        assertEquals(List.of(100L), placed.placedIds(), "moved, not reactivated: only the new one is placed");
        assertEquals(List.of(100L, 5L, 2L), placed.touchedIds());

        ImportPlan.Change y = placed.changes().get(0);
        assertEquals(tree.get("Y"), y.before());
        assertEquals(
                List.of("id", "code", "name", "parentId", "levelCode", "memberCount", "active", "path"),
                List.copyOf(y.after().keySet()));
        assertEquals(100L, y.after().get("parentId"));
        assertEquals("/1/3/100/5/", y.after().get("path"));
    }

    @Test
    void anUnchangedLineIsCountedAndAnInactiveOneIsReactivated() {
        ImportPlan.Known r = org(1, "R", null, "tinh", "/1/");
        ImportPlan.Known old = new ImportPlan.Known(2, "OLD", "OLD", 1L, "co-so", 0, false, "/1/2/");
        ImportPlan.Placement placed = plan(
                        file("R,R,,tinh,0", "OLD,OLD,R,co-so,0"), known(r, old), SYSTEM_ADMIN, LEAVES)
                .place(List.of());
        assertEquals(new ImportResult(0, 1, 1), placed.result());
        assertEquals(List.of(new ImportPlan.Write(2, "OLD", "OLD", 1L, "co-so", 0, "/1/2/")), placed.updates());
        assertEquals(List.of(2L), placed.placedIds());
        assertEquals(List.of(), placed.moves());
    }

    @Test
    void aCycleInTheFileIsRefusedOnItsFirstLine() {
        List<FieldError> errors = refused(file("A,A,B,co-so,1", "B,B,A,co-so,1"), Map.of(), SYSTEM_ADMIN, LEAVES);
        assertEquals(List.of(new FieldError("line 2", "vòng lặp cấp trên: A → B → A")), errors);
    }

    @Test
    void movingAnOrganisationUnderItsOwnChildIsACycle() {
        Map<String, ImportPlan.Known> tree = known(
                org(1, "R", null, "tinh", "/1/"),
                org(2, "X", 1L, "co-so", "/1/2/"),
                org(3, "CB", 2L, "chi-bo", "/1/2/3/"));
        List<FieldError> errors = refused(file("X,X,CB,co-so,0"), tree, SYSTEM_ADMIN, LEAVES);
        assertEquals(List.of(new FieldError("line 2", "vòng lặp cấp trên: X → CB → X")), errors);
    }

    @Test
    void aTreeDeeperThanTwentyOneLevelsIsRefused() {
        // 22 levels, listed deepest first: L21 is at the 22nd level
        String[] lines = new String[22];
        for (int i = 21; i >= 0; i--) {
            lines[21 - i] = "L" + i + ",L" + i + "," + (i == 0 ? "" : "L" + (i - 1)) + ",co-so,0";
        }
        List<FieldError> errors = refused(file(lines), Map.of(), SYSTEM_ADMIN, LEAVES);
        assertEquals(
                List.of(new FieldError("line 2", "cây quá sâu: tổ chức 'L21' ở cấp thứ 22, tối đa 21 cấp")), errors);

        // 21 levels are fine
        List<String> fine = new ArrayList<>(List.of(lines));
        fine.remove(0);
        assertEquals(
                21,
                plan(file(fine.toArray(String[]::new)), Map.of(), SYSTEM_ADMIN, LEAVES)
                        .fresh()
                        .size());
    }

    @Test
    void aMovedOrganisationCountsTheSubtreeItCarries() {
        Map<String, ImportPlan.Known> tree = known(
                org(1, "R", null, "tinh", "/1/"), org(2, "A", 1L, "co-so", "/1/2/"), org(3, "B", 1L, "co-so", "/1/3/"));
        // B moves under A (level 3) with 19 levels below it: its deepest descendant would be at level 22
        List<FieldError> errors =
                refused(file("B,B,A,co-so,0"), tree, SYSTEM_ADMIN, path -> path.equals("/1/3/") ? 19 : 0);
        assertEquals(List.of(new FieldError("line 2", "cây quá sâu: tổ chức 'B' ở cấp thứ 22, tối đa 21 cấp")), errors);
        // with 18 below it fits exactly
        assertEquals(
                new ImportResult(0, 1, 0),
                plan(file("B,B,A,co-so,0"), tree, SYSTEM_ADMIN, path -> path.equals("/1/3/") ? 18 : 0)
                        .place(List.of())
                        .result());
    }

    @Test
    void duplicateCodesAndBadLinesAreAllListedInTheFilesOrder() {
        List<FieldError> errors = refused(
                file(
                        "A,Tên,NOPE,co-so,1", // line 2: unknown parent (found after the line checks)
                        "A,Trùng,,tinh,1", // line 3: duplicate of line 2
                        "B,Tên,,huyen,1", // line 4: retired level
                        "C,,,khong-co,-3", // line 5: three problems on one line
                        "D,Tên,,tinh,abc", // line 6: not a number
                        "E,Tên,E,tinh,1", // line 7: its own parent
                        ",Tên,,tinh,1", // line 8: no code
                        "F G,Tên,,tinh,1"), // line 9: a space in the code
                Map.of(),
                SYSTEM_ADMIN,
                LEAVES);
        assertEquals(
                List.of(
                        new FieldError("line 2", "không tìm thấy tổ chức cấp trên 'NOPE'"),
                        new FieldError("line 3", "mã 'A' trùng với line 2"),
                        new FieldError("line 4", "cấp 'huyen' đã ngừng sử dụng"),
                        new FieldError(
                                "line 5",
                                "thiếu tên (name); cấp 'khong-co' không tồn tại; số đảng viên (memberCount) không được âm"),
                        new FieldError("line 6", "số đảng viên (memberCount) 'abc' không phải số nguyên"),
                        new FieldError("line 7", "tổ chức không thể là cấp trên của chính nó"),
                        new FieldError("line 8", "thiếu mã (code)"),
                        new FieldError("line 9", "mã 'F G' không hợp lệ (tối đa 64 ký tự: chữ, số, '.', '_', '-')")),
                errors);
    }

    @Test
    void theFirstLineOfADuplicatedCodeIsTheOneKept() {
        ImportPlan.Lines lines =
                ImportPlan.read(file("A,Một,,tinh,1", "A,Hai,,tinh,2", "B,Ba,A,co-so,3"), LEVELS, RETIRED);
        assertEquals(List.of("A", "B"), List.copyOf(lines.rows().keySet()));
        assertEquals("Một", lines.rows().get("A").name());
        assertEquals(Set.of("A", "B"), lines.referencedCodes());
        assertEquals(List.of(new FieldError("line 3", "mã 'A' trùng với line 2")), lines.errors());
    }

    @Test
    void anEmptyFileIsRefused() {
        ApiException e = assertThrows(ApiException.class, () -> ImportPlan.read(List.of(), LEVELS, RETIRED));
        assertEquals(422, e.status());
        assertEquals(List.of(new FieldError("body", "tệp không có dòng dữ liệu nào")), e.errors());
    }

    @Test
    void aDepartmentStaysInItsSubtreeAndDoesNotEditItself() {
        // the caller's organisation is R (/1/); O (/9/) and P (/9/8/) are another tree
        Map<String, ImportPlan.Known> tree = known(
                org(1, "R", null, "tinh", "/1/"),
                org(2, "X", 1L, "co-so", "/1/2/"),
                org(9, "O", null, "tinh", "/9/"),
                org(8, "P", 9L, "co-so", "/9/8/"));
        List<FieldError> errors = refused(
                file(
                        "R,Tên mới,,tinh,0", // its own organisation: only the level above edits it
                        "O,O,,tinh,0", // outside its subtree
                        "N,Mới,P,co-so,0", // under an organisation outside its subtree
                        "TOP,Gốc,,tinh,0", // a root
                        "X,X,R,co-so,0", // unchanged, its parent on a line of its own: fine
                        "Y,Y,X,chi-bo,0"), // new in its subtree: fine
                tree,
                department("/1/"),
                LEAVES);
        assertEquals(
                List.of(
                        new FieldError("line 2", "Quy tắc cấp trên giám sát: chỉ cấp trên được sửa tổ chức 'R'"),
                        new FieldError("line 3", "tổ chức 'O' nằm ngoài phạm vi quản lý của bạn"),
                        new FieldError("line 4", "tổ chức cấp trên 'P' nằm ngoài phạm vi quản lý của bạn"),
                        new FieldError(
                                "line 5",
                                "thiếu mã cấp trên (parentCode); chỉ quản trị hệ thống được tạo tổ chức gốc")),
                errors);

        ImportPlan.Placement placed = plan(file("X,X,R,co-so,0", "Y,Y,X,chi-bo,0"), tree, department("/1/"), LEAVES)
                .place(List.of(50L));
        assertEquals(new ImportResult(1, 0, 1), placed.result());
        assertEquals(List.of(new ImportPlan.Write(50, "Y", "Y", 2L, "chi-bo", 0, "/1/2/50/")), placed.inserts());
        assertTrue(placed.changes().isEmpty());
    }
}
