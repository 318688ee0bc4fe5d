package vn.tiendo.member;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import org.hibernate.Session;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.StatisticsRefresh;
import vn.tiendo.common.Text;
import vn.tiendo.organization.ImportResult;

/**
 * Upserts members by code, all or nothing: any bad line answers 422 naming every bad line, by number and reason, and
 * nothing changes (the transaction is rolled back). A member whose orgCode changed moves. New members go in with
 * PostgreSQL COPY, streamed while the lines after them are checked ({@link RosterCopy}); changed ones in one UPDATE;
 * so the coverage triggers run once per import. Each organisation the file touched gets one audit row (its counts),
 * each later edit of a member its own.
 */
@ApplicationScoped
public class MemberImportService {

    @Inject
    Session session;

    @Inject
    MemberAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    StatisticsRefresh statistics;

    private record Org(long id, String path, boolean active) {}

    private record Known(
            long id, String fullName, long orgId, String status, String exemptReason, boolean active, String orgPath) {}

    private record Valid(String code, String fullName, String orgCode, MemberStatus status, String exemptReason) {}

    /** A province's roster is a few hundred thousand rows: more than the default 60 s on a loaded machine. */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportResult importRows(List<MemberImportReader.Row> input) {
        if (input.isEmpty()) {
            throw ApiException.unprocessable("body", "tệp không có dòng dữ liệu nào");
        }
        Set<String> orgCodes = new HashSet<>();
        Set<String> codes = new HashSet<>(input.size() * 2);
        for (var r : input) {
            if (Text.trimToNull(r.orgCode()) != null) {
                orgCodes.add(r.orgCode().strip());
            }
            if (Text.trimToNull(r.code()) != null) {
                codes.add(r.code().strip());
            }
        }
        Map<String, Org> orgs = session.doReturningWork(c -> loadOrgs(c, orgCodes));
        Map<String, Known> known = session.doReturningWork(c -> loadMembers(c, codes));
        Map<String, String> firstSeen = new HashMap<>();
        // the same few thousand organisations recur on every line: their checks are made once each
        Map<String, String> orgProblems = new HashMap<>();
        Map<String, Boolean> editable = new HashMap<>();
        Classified out = new Classified();
        Instant now = clock.now();
        session.doWork(c -> {
            RosterCopy copy = new RosterCopy(c, now);
            for (var r : input) {
                List<String> problems = new ArrayList<>();
                Valid v = validate(r, orgs, known, firstSeen, orgProblems, editable, problems);
                if (!problems.isEmpty()) {
                    out.errors.add(new FieldError(r.where(), String.join("; ", problems)));
                    copy.cancel();
                } else if (out.errors.isEmpty()) {
                    classify(v, orgs.get(v.orgCode).id, known.get(v.code), copy, out);
                }
            }
            if (out.errors.isEmpty()) {
                copy.finish();
                update(c, out.changed, orgs, known, now);
            }
        });
        if (!out.errors.isEmpty()) {
            throw ApiException.unprocessable(
                    out.errors.size() + " dòng không hợp lệ; không có thay đổi nào được lưu", out.errors);
        }
        int created = out.tallies.values().stream().mapToInt(t -> t.created).sum();
        int unchanged = out.tallies.values().stream().mapToInt(t -> t.unchanged).sum();
        session.clear();
        ImportResult result = new ImportResult(created, out.changed.size(), unchanged);
        audit(out.tallies);
        statistics.analyzeAfterCommit(created + out.changed.size(), "member", "coverage_direct", "coverage_count");
        return result;
    }

    /** The lines sorted so far: the bad ones, the changed members, and what each organisation's roster got. */
    private static final class Classified {
        final List<FieldError> errors = new ArrayList<>();
        final List<Valid> changed = new ArrayList<>();
        final Map<Long, OrgTally> tallies = new TreeMap<>();
    }

    /** A good line: new (streamed to the COPY), changed (updated after it) or unchanged. */
    private static void classify(Valid v, long orgId, Known k, RosterCopy copy, Classified out) throws SQLException {
        OrgTally tally = out.tallies.computeIfAbsent(orgId, id -> new OrgTally());
        if (k == null) {
            copy.add(v.code, v.fullName, orgId, v.status, v.exemptReason);
            tally.created++;
        } else if (!k.fullName.equals(v.fullName)
                || k.orgId != orgId
                || !k.status.equals(v.status.name())
                || !Objects.equals(k.exemptReason, v.exemptReason)
                || !k.active) {
            out.changed.add(v);
            tally.updatedMemberIds.add(k.id);
        } else {
            tally.unchanged++;
        }
    }

    /** What the file did to one organisation's roster. */
    private static final class OrgTally {
        int created;
        int unchanged;
        final List<Long> updatedMemberIds = new ArrayList<>();
    }

    /**
     * One row per organisation the file touched, on that organisation (what its own history shows): how many of its
     * members were created, updated or unchanged, and which existing members changed. Written set-based: a province's
     * file touches thousands of organisations.
     */
    private void audit(Map<Long, OrgTally> tallies) {
        int n = tallies.size();
        long[] orgIds = new long[n];
        int[] created = new int[n];
        int[] updated = new int[n];
        int[] unchanged = new int[n];
        String[] updatedIds = new String[n];
        int i = 0;
        for (var e : tallies.entrySet()) {
            orgIds[i] = e.getKey();
            created[i] = e.getValue().created;
            updated[i] = e.getValue().updatedMemberIds.size();
            unchanged[i] = e.getValue().unchanged;
            updatedIds[i] = e.getValue().updatedMemberIds.toString();
            i++;
        }
        audit.recordSelected(
                AuditEntity.ORGANIZATION,
                "IMPORT_MEMBERS",
                """
                SELECT t.org_id::text, t.org_id, NULL::jsonb,
                       jsonb_build_object('created', t.created, 'updated', t.updated, 'unchanged', t.unchanged,
                                          'updatedMemberIds', t.ids::jsonb)
                FROM unnest(?::bigint[], ?::int[], ?::int[], ?::int[], ?::text[])
                     AS t (org_id, created, updated, unchanged, ids)""",
                orgIds,
                created,
                updated,
                unchanged,
                updatedIds);
    }

    private Valid validate(
            MemberImportReader.Row r,
            Map<String, Org> orgs,
            Map<String, Known> known,
            Map<String, String> firstSeen,
            Map<String, String> orgProblems,
            Map<String, Boolean> editable,
            List<String> problems) {
        String code = Text.trimToNull(r.code());
        String name = Text.trimToNull(r.fullName());
        String orgCode = Text.trimToNull(r.orgCode());
        String exempt = Text.trimToNull(r.exemptReason());
        if (code == null) {
            problems.add("thiếu mã đảng viên (code)");
        } else if (!isCode(code)) {
            problems.add("mã '" + abbreviate(code) + "' không hợp lệ (tối đa 64 ký tự: chữ, số, '.', '_', '-')");
        } else if (firstSeen.containsKey(code)) {
            problems.add("mã '" + code + "' trùng với " + firstSeen.get(code));
        } else {
            firstSeen.put(code, r.where());
        }
        if (name == null) {
            problems.add("thiếu họ tên (fullName)");
        } else if (name.length() > 255) {
            problems.add("họ tên dài quá 255 ký tự");
        }
        MemberStatus status = status(r.status(), problems);
        if (exempt != null && exempt.length() > 500) {
            problems.add("lý do miễn sinh hoạt dài quá 500 ký tự");
        }
        if (orgCode == null) {
            problems.add("thiếu mã tổ chức (orgCode)");
        } else {
            String problem = orgProblems.computeIfAbsent(orgCode, c -> orgProblem(c, orgs.get(c)));
            if (!problem.isEmpty()) {
                problems.add(problem);
            }
        }
        Known k = code == null ? null : known.get(code);
        if (k != null && !editable.computeIfAbsent(k.orgPath, access::canEditRoster)) {
            problems.add("đảng viên '" + code + "' đang sinh hoạt ở tổ chức ngoài phạm vi quản lý của bạn");
        }
        return new Valid(code, name, orgCode, status, exempt);
    }

    /** Why the roster of this organisation cannot be written by the caller; empty when it can. */
    private String orgProblem(String orgCode, Org org) {
        if (org == null || !caller.canRead(org.path)) {
            return "không tìm thấy tổ chức '" + abbreviate(orgCode) + "'";
        } else if (!access.canEditRoster(org.path)) {
            return "tổ chức '" + orgCode
                    + "' nằm ngoài phạm vi quản lý của bạn (chỉ cấp trên quản lý danh sách đảng viên)";
        } else if (!org.active) {
            return "tổ chức '" + orgCode + "' đã ngừng hoạt động";
        }
        return "";
    }

    /** 1 to 64 letters, digits, '.', '_' or '-' (the register's codes). */
    static boolean isCode(String code) {
        int count = 0;
        for (int i = 0; i < code.length(); ) {
            int cp = code.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = Character.isLetter(cp)
                    || switch (Character.getType(cp)) {
                        case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                        default -> cp == '.' || cp == '_' || cp == '-';
                    };
            if (!ok || ++count > 64) {
                return false;
            }
        }
        return count > 0;
    }

    private static MemberStatus status(String raw, List<String> problems) {
        for (MemberStatus s : MemberStatus.values()) {
            if (s.name().equals(raw)) {
                return s; // the register's own spelling: no need to normalise
            }
        }
        String key = Text.searchKey(raw).replace(' ', '_').toUpperCase(java.util.Locale.ROOT);
        if (key.isEmpty()) {
            problems.add("thiếu trạng thái (status: CHINH_THUC hoặc DU_BI)");
            return null;
        }
        for (MemberStatus s : MemberStatus.values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        problems.add("trạng thái '" + abbreviate(raw.strip()) + "' không hợp lệ (CHINH_THUC hoặc DU_BI)");
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 70 ? s.substring(0, 70) + "…" : s;
    }

    private static Map<String, Org> loadOrgs(Connection c, Set<String> codes) throws SQLException {
        Map<String, Org> out = new HashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT code, id, path, active FROM organization WHERE code = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Org(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
        }
        return out;
    }

    private static Map<String, Known> loadMembers(Connection c, Set<String> codes) throws SQLException {
        Map<String, Known> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                """
                SELECT m.code, m.id, m.full_name, m.org_id, m.status, m.exempt_reason, m.active, o.path
                FROM unnest(?::varchar[]) AS x (code)
                JOIN member m ON m.code = x.code JOIN organization o ON o.id = m.org_id""")) {
            ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new Known(
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getBoolean(7),
                                    rs.getString(8)));
                }
            }
        }
        return out;
    }

    private static void update(
            Connection c, List<Valid> changed, Map<String, Org> orgs, Map<String, Known> known, Instant now)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                """
                UPDATE member m SET full_name = x.full_name, org_id = x.org_id, status = x.status, exempt_reason = x.exempt_reason,
                       active = true, search_key = x.search_key, version = m.version + 1, updated_at = ?
                FROM unnest(?::bigint[], ?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[])
                     AS x(id, full_name, org_id, status, exempt_reason, search_key)
                WHERE m.id = x.id""")) {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setArray(
                    2,
                    c.createArrayOf(
                            "bigint",
                            changed.stream().map(v -> known.get(v.code).id).toArray()));
            ps.setArray(
                    3,
                    c.createArrayOf(
                            "varchar", changed.stream().map(v -> v.fullName).toArray()));
            ps.setArray(
                    4,
                    c.createArrayOf(
                            "bigint",
                            changed.stream().map(v -> orgs.get(v.orgCode).id).toArray()));
            ps.setArray(
                    5,
                    c.createArrayOf(
                            "varchar",
                            changed.stream().map(v -> v.status.name()).toArray()));
            ps.setArray(
                    6,
                    c.createArrayOf(
                            "varchar", changed.stream().map(v -> v.exemptReason).toArray()));
            ps.setArray(
                    7,
                    c.createArrayOf(
                            "varchar",
                            changed.stream()
                                    .map(v -> MemberRepository.searchKey(v.code, v.fullName))
                                    .toArray()));
            ps.executeUpdate();
        }
    }
}
