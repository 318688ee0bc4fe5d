package vn.tiendo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import vn.tiendo.assignment.Assignment;
import vn.tiendo.assignment.AssignmentFactory;
import vn.tiendo.assignment.AssignmentRepository;
import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Format;
import vn.tiendo.common.Role;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.Activity;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanRepository;
import vn.tiendo.plan.PlanStatus;
import vn.tiendo.plan.Tier;
import vn.tiendo.report.Report;
import vn.tiendo.report.ReportRepository;
import vn.tiendo.report.ReportState;
import vn.tiendo.restructuring.PlansInFlight;
import vn.tiendo.session.SessionRepository;
import vn.tiendo.session.SessionStatus;
import vn.tiendo.session.StudySession;
import vn.tiendo.user.AppUser;
import vn.tiendo.user.Passwords;
import vn.tiendo.user.UserRepository;

/**
 * On the first start with an empty tree (and TIENDO_DEMO_DATA not false): a city as it is organised since 1 July 2025,
 * Thành ủy Đà Nẵng with ward, commune and bloc party committees directly under it (no district level), their cells,
 * the Front and the mass organisations; demo users for every role (password tiendo123); the current plan for the
 * resolution of the 14th National Party Congress with reports in every state (dates relative to today, so a deadline
 * has always just passed); one merger of two wards carried out mid-plan, by decision, through the same rules as the
 * API (PlansInFlight); and a draft plan.
 */
@ApplicationScoped
public class DemoData {
    public static final String DEMO_PASSWORD = "tiendo123";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "tiendo.demo-data", defaultValue = "true")
    boolean enabled;

    @Inject
    OrganizationRepository orgs;

    @Inject
    UserRepository users;

    @Inject
    PlanRepository plans;

    @Inject
    AssignmentFactory assignmentFactory;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ReportRepository reports;

    @Inject
    SessionRepository sessions;

    @Inject
    PlansInFlight plansInFlight;

    @Inject
    AppClock clock;

    private final Map<String, Organization> byCode = new HashMap<>();

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent ev) {
        if (!enabled || orgs.count() > 0) {
            return;
        }
        buildTree();
        buildUsers();
        Plan plan = publishedPlan();
        mergeTwoWards(plan);
        draftPlan();
        LOG.infof(
                "Demo data loaded: %d organisations (Thành ủy Đà Nẵng), plan %d published, wards An Hải and Sơn Trà merged mid-plan; "
                        + "users tuyengiao, tuyengiao.haichau, quantri, viewer, bithu.haichau, chibo.kp1 (password %s)",
                byCode.size(), plan.id, DEMO_PASSWORD);
    }

    private static final String[] SECRETARIES = {
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Võ Thị Hoa",
        "Đặng Văn Khoa",
        "Bùi Thị Lan"
    };

    private void buildTree() {
        Organization root = org("TU-DANANG", "Thành ủy Đà Nẵng", null, "tinh", 135000, "Nguyễn Văn Thành");
        // wards, communes: cơ sở directly under the city since 1/7/2025 (names as they are today)
        String[][] units = {
            {"HAICHAU", "phường Hải Châu"},
            {"THANHKHE", "phường Thanh Khê"},
            {"ANHAI", "phường An Hải"},
            {"SONTRA", "phường Sơn Trà"},
            {"NGUHANHSON", "phường Ngũ Hành Sơn"},
            {"HOIAN", "phường Hội An"},
            {"TAMKY", "phường Tam Kỳ"},
            {"HOAVANG", "xã Hòa Vang"},
            {"BANA", "xã Bà Nà"}
        };
        int s = 0;
        for (String[] u : units) {
            boolean commune = u[1].startsWith("xã");
            Organization unit = org(
                    "DU-" + u[0],
                    "Đảng ủy " + u[1],
                    root,
                    "co-so",
                    900 + 113 * s,
                    SECRETARIES[s++ % SECRETARIES.length]);
            for (int k = 1; k <= 3; k++) {
                String cell = commune ? "Chi bộ thôn " + k : "Chi bộ Tổ dân phố " + k;
                org(
                        "CB-" + u[0] + "-" + k,
                        cell + " (" + u[1] + ")",
                        unit,
                        "chi-bo",
                        20 + 3 * k + s % 7,
                        SECRETARIES[(s + k) % SECRETARIES.length]);
            }
        }
        // the city's bloc committees (đảng ủy trực thuộc, equivalent to cơ sở) and some of their cells
        String[][] blocs = {
            {
                "DU-CQD",
                "Đảng ủy các cơ quan Đảng thành phố",
                "CB-VPTU",
                "Chi bộ Văn phòng Thành ủy",
                "CB-BTGDV",
                "Chi bộ Ban Tuyên giáo và Dân vận Thành ủy"
            },
            {
                "DU-UBND",
                "Đảng ủy Ủy ban nhân dân thành phố",
                "CB-SOGDDT",
                "Chi bộ Sở Giáo dục và Đào tạo",
                "CB-SOYT",
                "Chi bộ Sở Y tế"
            },
            {"DU-QS", "Đảng ủy Quân sự thành phố", "CB-BCHQS", "Chi bộ Cơ quan Bộ Chỉ huy Quân sự thành phố", null, null
            },
            {"DU-CA", "Đảng ủy Công an thành phố", "CB-PA03", "Chi bộ Phòng An ninh chính trị nội bộ", null, null}
        };
        for (String[] b : blocs) {
            Organization bloc = org(b[0], b[1], root, "co-so", 1500 + 211 * s, SECRETARIES[s++ % SECRETARIES.length]);
            for (int k = 2; k < b.length && b[k] != null; k += 2) {
                org(b[k], b[k + 1], bloc, "chi-bo", 25 + s % 9, SECRETARIES[(s + k) % SECRETARIES.length]);
            }
        }
        // the Front, and the mass organisations under it (since 2025)
        Organization front = org(
                "MTTQ-DANANG",
                "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng",
                root,
                "doan-the",
                60,
                "Lê Văn Phúc");
        org("DOAN-DANANG", "Thành Đoàn Đà Nẵng", front, "doan-the", 45, "Nguyễn Thị Quỳnh");
        org("HLHPN-DANANG", "Hội Liên hiệp Phụ nữ thành phố Đà Nẵng", front, "doan-the", 40, "Trần Thị Ráng");
        org("HND-DANANG", "Hội Nông dân thành phố Đà Nẵng", front, "doan-the", 30, "Phạm Văn Sáu");
        org("HCCB-DANANG", "Hội Cựu chiến binh thành phố Đà Nẵng", front, "doan-the", 35, "Võ Văn Tám");
        org("LDLD-DANANG", "Liên đoàn Lao động thành phố Đà Nẵng", front, "doan-the", 38, "Huỳnh Thị Uyên");
    }

    private Organization org(
            String code, String name, Organization parent, String level, int members, String secretary) {
        Organization o = new Organization();
        o.id = orgs.nextId();
        o.code = code;
        o.name = name;
        o.parentId = parent == null ? null : parent.id;
        o.levelCode = level;
        o.memberCount = members;
        o.secretaryName = secretary;
        o.phone = "0236 38" + String.format("%05d", o.id * 37 % 100000);
        o.email = code.toLowerCase() + "@danang.dcs.vn";
        o.path = (parent == null ? "/" : parent.path) + o.id + "/";
        o.depth = OrganizationRepository.depthOf(o.path);
        o.searchKey = OrganizationService.searchKey(code, name);
        o.updatedAt = clock.now();
        orgs.persist(o);
        byCode.put(code, o);
        return o;
    }

    private void buildUsers() {
        user("tuyengiao", "Trần Thị Thu (Ban Tuyên giáo và Dân vận Thành ủy)", "TU-DANANG", Role.DEPARTMENT);
        user("quantri", "Văn phòng Thành ủy (quản trị)", "TU-DANANG", Role.ADMIN);
        user("viewer", "Thường trực Thành ủy", "TU-DANANG", Role.VIEWER);
        user(
                "tuyengiao.haichau",
                "Phan Văn Hùng (Ban Xây dựng Đảng, Đảng ủy phường Hải Châu)",
                "DU-HAICHAU",
                Role.DEPARTMENT);
        // a committee runs its own subtree: reports for its ward, consolidates and reviews its cells
        user(
                "bithu.haichau",
                "Lê Văn Cường (Bí thư Đảng ủy phường Hải Châu)",
                "DU-HAICHAU",
                Role.REPORTER,
                Role.DEPARTMENT);
        user("chibo.kp1", "Nguyễn Văn An (Bí thư Chi bộ Tổ dân phố 1, phường Hải Châu)", "CB-HAICHAU-1", Role.REPORTER);
    }

    private void user(String username, String fullName, String orgCode, Role... roles) {
        AppUser u = new AppUser();
        u.username = username;
        u.fullName = fullName;
        u.orgId = byCode.get(orgCode).id;
        u.roles = java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
        u.passwordHash = Passwords.hash(DEMO_PASSWORD);
        users.persist(u);
    }

    private Plan publishedPlan() {
        LocalDate today = clock.today();
        Plan p = new Plan();
        p.number = "01-KH/TU";
        p.title =
                "Học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng";
        p.issuerOrgId = byCode.get("TU-DANANG").id;
        p.resolution = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng";
        p.issuedOn = today.minusDays(30);
        p.purpose =
                "Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết; tạo sự thống nhất trong Đảng, đồng thuận trong xã hội.";
        p.requirements =
                "Việc học tập, quán triệt phải nghiêm túc, thiết thực; gắn với xây dựng chương trình hành động của từng cấp ủy.";
        p.materials = "Văn kiện Đại hội XIV; tài liệu hỏi – đáp do Ban Tuyên giáo và Dân vận Thành ủy biên soạn.";
        p.searchKey = vn.tiendo.common.Text.searchKey(p.number + " " + p.title);
        p.status = PlanStatus.PUBLISHED;
        p.publishedAt = today.minusDays(28).atTime(8, 0).atZone(AppClock.ZONE).toInstant();
        p.updatedAt = clock.now();
        tier(
                p,
                "Cấp cơ sở (xã, phường, đặc khu) và đảng ủy trực thuộc",
                Activity.STUDY,
                "co-so",
                "1",
                Format.HYBRID,
                today.minusDays(3),
                "Cán bộ chủ chốt, báo cáo viên cấp cơ sở",
                "Đồng chí Ủy viên Ban Thường vụ Thành ủy");
        tier(
                p,
                "Chi bộ trực thuộc",
                Activity.STUDY,
                "chi-bo",
                "0.5",
                Format.IN_PERSON,
                today.plusDays(15),
                "Đảng viên sinh hoạt tại chi bộ",
                "Bí thư chi bộ");
        tier(
                p,
                "Mặt trận và các đoàn thể",
                Activity.PROPAGANDA,
                "doan-the",
                null,
                Format.IN_PERSON,
                today.plusDays(7),
                "Đoàn viên, hội viên và nhân dân",
                "Báo cáo viên của Mặt trận, đoàn thể");
        plans.persist(p);
        plans.flush();
        assignmentFactory.createForPlan(p.id);

        LocalDate deadline = today.minusDays(3);
        report(p, "DU-HAICHAU", deadline.minusDays(4), 2, ReportState.ACCEPTED, null);
        report(p, "DU-THANHKHE", today.minusDays(1), 3, ReportState.SUBMITTED, null); // late
        report(p, "DU-ANHAI", deadline.minusDays(6), 2, ReportState.ACCEPTED, null); // before the merger
        report(
                p,
                "DU-NGUHANHSON",
                deadline.minusDays(2),
                3,
                ReportState.RETURNED,
                "Thiếu số bài thu hoạch; đề nghị bổ sung và nộp lại");
        session(p, "DU-HOIAN", today.plusDays(2), SessionStatus.SCHEDULED);
        session(p, "DU-TAMKY", deadline.minusDays(1), SessionStatus.HELD);
        report(p, "DU-CQD", deadline.minusDays(5), 1, ReportState.ACCEPTED, null);
        report(p, "DU-UBND", deadline.minusDays(1), 1, ReportState.SUBMITTED, null);
        report(p, "CB-HAICHAU-2", today.minusDays(1), 1, ReportState.SUBMITTED, null);
        report(p, "CB-ANHAI-1", today.minusDays(6), 2, ReportState.ACCEPTED, null);
        report(p, "CB-BTGDV", today.minusDays(2), 1, ReportState.ACCEPTED, null);
        report(p, "MTTQ-DANANG", today.minusDays(5), 5, ReportState.ACCEPTED, null);
        report(p, "DOAN-DANANG", today.minusDays(4), 1, ReportState.SUBMITTED, null);
        return p;
    }

    /**
     * Wards An Hải and Sơn Trà merged into a new ward by decision, two days ago, while the plan was running: the
     * sources are inactive and point to it, their cells moved under it with their own assignments, and the plan
     * counts the new ward once (open: Sơn Trà had not reported), the sources' assignments kept as MERGED.
     */
    private void mergeTwoWards(Plan plan) {
        LocalDate effectiveOn = clock.today().minusDays(2);
        Organization anHai = byCode.get("DU-ANHAI");
        Organization sonTra = byCode.get("DU-SONTRA");
        Organization merged = org(
                "DU-SONTRA-2026",
                "Đảng ủy phường Sơn Trà",
                byCode.get("TU-DANANG"),
                "co-so",
                anHai.memberCount + sonTra.memberCount,
                sonTra.secretaryName);
        orgs.flush();
        PlansInFlight.Outcome outcome =
                plansInFlight.carryOver(List.of(anHai.id, sonTra.id), merged.id, merged.path, true);
        for (Organization source : List.of(anHai, sonTra)) {
            for (Organization cell : orgs.list("parentId = ?1 order by id", source.id)) {
                String newPath = merged.path + cell.id + "/";
                orgs.rewriteSubtreePaths(cell.path, newPath);
                orgs.getEntityManager().refresh(cell);
                cell.parentId = merged.id;
            }
            source.active = false;
            source.successorId = merged.id;
            source.updatedAt = clock.now();
        }
        orgs.flush();
        long adminId = users.findByUsername("admin").map(u -> u.id).orElseThrow();
        orgs.getEntityManager()
                .createNativeQuery(
                        """
                INSERT INTO restructuring (kind, decision, effective_on, source_org_ids, successor_org_ids, effects, created_by)
                VALUES ('MERGE', :decision, :on, CAST(:sources AS bigint[]), CAST(:successors AS bigint[]), CAST(:effects AS jsonb), :by)""")
                .setParameter(
                        "decision",
                        "Nghị quyết số 1666/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã (dữ liệu minh họa)")
                .setParameter("on", effectiveOn)
                .setParameter("sources", "{" + anHai.id + "," + sonTra.id + "}")
                .setParameter("successors", "{" + merged.id + "}")
                .setParameter(
                        "effects",
                        "{\"sourcesDeactivated\": 2, \"organizationsCreated\": 1, \"childrenMoved\": 6, \"openPlans\": "
                                + outcome.openPlans() + ", \"assignmentsMerged\": " + outcome.merged() + "}")
                .setParameter("by", adminId)
                .executeUpdate();
    }

    private void tier(
            Plan p,
            String name,
            Activity activity,
            String level,
            String days,
            Format format,
            LocalDate deadline,
            String audience,
            String presenter) {
        Tier t = new Tier();
        t.plan = p;
        t.position = p.tiers.size();
        t.name = name;
        t.activity = activity;
        t.levelCodes = new String[] {level};
        t.durationDays = days == null ? null : new BigDecimal(days);
        t.format = format;
        t.deadline = deadline;
        t.audience = audience;
        t.presenter = presenter;
        p.tiers.add(t);
    }

    private Assignment assignmentOf(Plan p, String orgCode) {
        return assignments
                .find("planId = ?1 and orgId = ?2", p.id, byCode.get(orgCode).id)
                .firstResult();
    }

    private void session(Plan p, String orgCode, LocalDate day, SessionStatus status) {
        Assignment a = assignmentOf(p, orgCode);
        StudySession s = new StudySession();
        s.assignmentId = a.id;
        s.startsAt = day.atTime(7, 30).atZone(AppClock.ZONE).toInstant();
        s.endsAt = day.atTime(11, 30).atZone(AppClock.ZONE).toInstant();
        s.venue = "Hội trường " + byCode.get(orgCode).name;
        s.format = Format.IN_PERSON;
        s.presenter = byCode.get(orgCode).secretaryName;
        s.expectedAttendees = byCode.get(orgCode).memberCount;
        s.status = status;
        sessions.persist(s);
        a.status = status == SessionStatus.HELD ? AssignmentStatus.HELD : AssignmentStatus.SCHEDULED;
    }

    private void report(
            Plan p, String orgCode, LocalDate submittedOn, int heldDaysBefore, ReportState state, String comment) {
        Assignment a = assignmentOf(p, orgCode);
        Organization o = byCode.get(orgCode);
        long adminId = users.findByUsername("admin").map(u -> u.id).orElseThrow();
        session(p, orgCode, submittedOn.minusDays(heldDaysBefore), SessionStatus.HELD);
        Report r = new Report();
        r.assignmentId = a.id;
        r.version = 1;
        r.heldOn = submittedOn.minusDays(heldDaysBefore);
        r.expected = o.memberCount;
        r.attendees = Math.max(0, o.memberCount - 1 - (int) (o.id % 4));
        r.absentWithReason = Math.min(1, r.expected - r.attendees);
        r.writeUps = r.attendees - 1;
        r.actionProgrammeAdopted = true;
        r.actionProgrammeRef = "Chương trình hành động số 0" + (o.id % 9 + 1) + "-CTr/" + o.code;
        r.propagandaForms = new String[] {"Bảng tin", "Trang thông tin điện tử"};
        r.submittedBy = adminId;
        r.submittedAt =
                submittedOn.atTime(LocalTime.of(16, 0)).atZone(AppClock.ZONE).toInstant();
        r.state = state;
        r.reviewComment = comment;
        if (state != ReportState.SUBMITTED) {
            r.reviewedBy = adminId;
            r.reviewedAt = r.submittedAt.plusSeconds(3600);
        }
        reports.persist(r);
        reports.flush();
        a.complete(r.id, r.submittedAt);
        if (state == ReportState.ACCEPTED) {
            a.status = AssignmentStatus.ACCEPTED;
        } else if (state == ReportState.RETURNED) {
            a.reopen();
        }
    }

    private void draftPlan() {
        LocalDate today = clock.today();
        Plan p = new Plan();
        p.number = "02-KH/TU";
        p.title =
                "Học tập, quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia";
        p.issuerOrgId = byCode.get("TU-DANANG").id;
        p.resolution = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị";
        p.issuedOn = today;
        p.searchKey = vn.tiendo.common.Text.searchKey(p.number + " " + p.title);
        p.status = PlanStatus.DRAFT;
        p.updatedAt = clock.now();
        tier(
                p,
                "Cấp cơ sở (xã, phường, đặc khu) và đảng ủy trực thuộc",
                Activity.STUDY,
                "co-so",
                "1",
                Format.ONLINE,
                today.plusDays(30),
                "Cán bộ chủ chốt cấp cơ sở",
                "Báo cáo viên Thành ủy");
        tier(
                p,
                "Chi bộ trực thuộc",
                Activity.STUDY,
                "chi-bo",
                "0.5",
                Format.IN_PERSON,
                today.plusDays(60),
                "Toàn thể đảng viên",
                "Bí thư chi bộ");
        plans.persist(p);
    }
}
