package vn.tiendo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
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
import vn.tiendo.session.SessionStatus;
import vn.tiendo.session.StudySession;
import vn.tiendo.session.SessionRepository;
import vn.tiendo.user.AppUser;
import vn.tiendo.user.Passwords;
import vn.tiendo.user.UserRepository;

/**
 * On the first start with an empty tree (and TIENDO_DEMO_DATA not false): a province of about fifty organisations,
 * demo users (password tiendo123), one published plan with reports in every state (dates relative to today, so a
 * deadline has always just passed), and one draft plan.
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
    AppClock clock;

    private final Map<String, Organization> byCode = new HashMap<>();

    @Transactional
    void onStart(@Observes @Priority(20) StartupEvent ev) {
        if (!enabled || orgs.count() > 0) {
            return;
        }
        buildTree();
        buildUsers();
        long planId = publishedPlan();
        draftPlan();
        LOG.infof("Demo data loaded: %d organisations, plan %d published; users tuyengiao, viewer, chibo.kp1 (password %s)",
                byCode.size(), planId, DEMO_PASSWORD);
    }

    private void buildTree() {
        Organization root = org("TU-QNAM", "Tỉnh ủy Quảng Nam", null, "tinh", 68000, "Lương Nguyễn Minh Triết");
        Object[][] districts = {
                { "TU-TAMKY", "Thành ủy Tam Kỳ", 5400, new String[][] { { "ANMY", "phường An Mỹ" }, { "ANXUAN", "phường An Xuân" }, { "HOATHUAN", "phường Hòa Thuận" } } },
                { "HU-NUITHANH", "Huyện ủy Núi Thành", 4300, new String[][] { { "TAMNGHIA", "xã Tam Nghĩa" }, { "TTNUITHANH", "thị trấn Núi Thành" }, { "TAMQUANG", "xã Tam Quang" } } },
                { "TXU-DIENBAN", "Thị ủy Điện Bàn", 6100, new String[][] { { "VINHDIEN", "phường Vĩnh Điện" }, { "DIENAN", "phường Điện An" }, { "DIENNGOC", "phường Điện Ngọc" } } },
                { "DU-KHOICQ", "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh", 3900, new String[][] { { "SOGD", "Sở Giáo dục và Đào tạo" }, { "SOYT", "Sở Y tế" } } } };
        String[] secretaries = { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Thị Hoa" };
        int s = 0;
        for (Object[] d : districts) {
            Organization district = org((String) d[0], (String) d[1], root, "huyen", (Integer) d[2], secretaries[s++ % secretaries.length]);
            for (String[] base : (String[][]) d[3]) {
                boolean agency = base[1].startsWith("Sở");
                Organization base0 = org("DU-" + base[0], (agency ? "Đảng bộ " : "Đảng ủy ") + base[1], district, "co-so", 150 + 37 * s,
                        secretaries[s++ % secretaries.length]);
                for (int k = 1; k <= 3; k++) {
                    String cell = agency ? "Chi bộ phòng " + k : (base[1].startsWith("xã") ? "Chi bộ thôn " + k : "Chi bộ khối phố " + k);
                    org("CB-" + base[0] + "-" + k, cell + " (" + base[1] + ")", base0, "chi-bo", 20 + 3 * k + s % 7,
                            secretaries[(s + k) % secretaries.length]);
                }
            }
        }
        org("MTTQ-QNAM", "Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", root, "doan-the", 60, "Võ Xuân Ca");
        org("TD-QNAM", "Tỉnh Đoàn Quảng Nam", root, "doan-the", 45, "Nguyễn Văn Tùng");
        org("HLHPN-QNAM", "Hội Liên hiệp Phụ nữ tỉnh Quảng Nam", root, "doan-the", 40, "Lê Thị Hạnh");
    }

    private Organization org(String code, String name, Organization parent, String level, int members, String secretary) {
        Organization o = new Organization();
        o.id = orgs.nextId();
        o.code = code;
        o.name = name;
        o.parentId = parent == null ? null : parent.id;
        o.levelCode = level;
        o.memberCount = members;
        o.secretaryName = secretary;
        o.phone = "0235 38" + String.format("%05d", o.id * 37 % 100000);
        o.email = code.toLowerCase() + "@quangnam.dcs.vn";
        o.path = (parent == null ? "/" : parent.path) + o.id + "/";
        o.depth = OrganizationRepository.depthOf(o.path);
        o.searchKey = OrganizationService.searchKey(code, name);
        o.updatedAt = clock.now();
        orgs.persist(o);
        byCode.put(code, o);
        return o;
    }

    private void buildUsers() {
        user("tuyengiao", "Trần Thị Thu (Ban Tuyên giáo Tỉnh ủy)", "TU-QNAM", Role.DEPARTMENT);
        user("tuyengiao.tamky", "Phan Văn Hùng (Ban Tuyên giáo Thành ủy Tam Kỳ)", "TU-TAMKY", Role.DEPARTMENT);
        user("viewer", "Thường trực Tỉnh ủy", "TU-QNAM", Role.VIEWER);
        user("chibo.kp1", "Nguyễn Văn An (Bí thư Chi bộ khối phố 1)", "CB-ANMY-1", Role.REPORTER);
        // a committee runs its own subtree: reports for its ward, consolidates and reviews its cells
        user("bithu.anmy", "Lê Văn Cường (Bí thư Đảng ủy phường An Mỹ)", "DU-ANMY", Role.REPORTER, Role.DEPARTMENT);
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

    private long publishedPlan() {
        LocalDate today = clock.today();
        Plan p = new Plan();
        p.number = "01-KH/TU";
        p.title = "Học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII, nhiệm kỳ 2020 – 2025";
        p.issuerOrgId = byCode.get("TU-QNAM").id;
        p.resolution = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII, nhiệm kỳ 2020 – 2025";
        p.issuedOn = today.minusDays(30);
        p.purpose = "Giúp cán bộ, đảng viên nắm vững nội dung cơ bản của Nghị quyết; tạo sự thống nhất trong Đảng, đồng thuận trong xã hội.";
        p.requirements = "Việc học tập, quán triệt phải nghiêm túc, thiết thực; gắn với xây dựng chương trình hành động của từng cấp ủy.";
        p.materials = "Văn kiện Đại hội; tài liệu hỏi – đáp do Ban Tuyên giáo Tỉnh ủy biên soạn.";
        p.searchKey = vn.tiendo.common.Text.searchKey(p.number + " " + p.title);
        p.status = PlanStatus.PUBLISHED;
        p.publishedAt = today.minusDays(28).atTime(8, 0).atZone(AppClock.ZONE).toInstant();
        p.updatedAt = clock.now();
        tier(p, "Cấp huyện và tương đương", Activity.STUDY, "huyen", "1", Format.HYBRID, today.minusDays(7),
                "Cán bộ chủ chốt, báo cáo viên cấp huyện", "Đồng chí Ủy viên Ban Thường vụ Tỉnh ủy");
        tier(p, "Cấp cơ sở", Activity.STUDY, "co-so", "0.5", Format.IN_PERSON, today.plusDays(10), "Toàn thể đảng viên", "Bí thư cấp ủy cơ sở");
        tier(p, "Chi bộ trực thuộc", Activity.STUDY, "chi-bo", "0.5", Format.IN_PERSON, today.plusDays(20), "Đảng viên sinh hoạt tại chi bộ",
                "Bí thư chi bộ");
        tier(p, "Mặt trận và các đoàn thể", Activity.PROPAGANDA, "doan-the", null, Format.IN_PERSON, today.plusDays(5),
                "Đoàn viên, hội viên và nhân dân", "Báo cáo viên của Mặt trận, đoàn thể");
        plans.persist(p);
        plans.flush();
        assignmentFactory.createForPlan(p.id);

        LocalDate pastDeadline = today.minusDays(7);
        report(p, "TU-TAMKY", pastDeadline.minusDays(3), 10, ReportState.ACCEPTED, null);
        report(p, "HU-NUITHANH", today.minusDays(4), 3, ReportState.SUBMITTED, null); // late
        session(p, "DU-KHOICQ", pastDeadline.minusDays(1), SessionStatus.HELD);
        report(p, "DU-ANMY", today.minusDays(2), 2, ReportState.ACCEPTED, null);
        report(p, "DU-ANXUAN", today.minusDays(1), 1, ReportState.SUBMITTED, null);
        report(p, "DU-HOATHUAN", today.minusDays(3), 3, ReportState.RETURNED, "Thiếu số bài thu hoạch; đề nghị bổ sung và nộp lại");
        session(p, "DU-TAMNGHIA", today.plusDays(3), SessionStatus.SCHEDULED);
        report(p, "CB-ANMY-2", today.minusDays(1), 1, ReportState.SUBMITTED, null);
        report(p, "CB-ANXUAN-1", today.minusDays(2), 2, ReportState.ACCEPTED, null);
        report(p, "MTTQ-QNAM", today.minusDays(5), 5, ReportState.ACCEPTED, null);
        return p.id;
    }

    private void tier(Plan p, String name, Activity activity, String level, String days, Format format, LocalDate deadline, String audience,
            String presenter) {
        Tier t = new Tier();
        t.plan = p;
        t.position = p.tiers.size();
        t.name = name;
        t.activity = activity;
        t.levelCodes = new String[] { level };
        t.durationDays = days == null ? null : new BigDecimal(days);
        t.format = format;
        t.deadline = deadline;
        t.audience = audience;
        t.presenter = presenter;
        p.tiers.add(t);
    }

    private Assignment assignmentOf(Plan p, String orgCode) {
        return assignments.find("planId = ?1 and orgId = ?2", p.id, byCode.get(orgCode).id).firstResult();
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

    private void report(Plan p, String orgCode, LocalDate submittedOn, int heldDaysBefore, ReportState state, String comment) {
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
        r.propagandaForms = new String[] { "Bảng tin", "Trang thông tin điện tử" };
        r.submittedBy = adminId;
        r.submittedAt = submittedOn.atTime(LocalTime.of(16, 0)).atZone(AppClock.ZONE).toInstant();
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
        p.title = "Học tập, quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII";
        p.issuerOrgId = byCode.get("TU-QNAM").id;
        p.resolution = "Nghị quyết số 44-NQ/TW về Chiến lược bảo vệ Tổ quốc trong tình hình mới";
        p.issuedOn = today;
        p.searchKey = vn.tiendo.common.Text.searchKey(p.number + " " + p.title);
        p.status = PlanStatus.DRAFT;
        p.updatedAt = clock.now();
        tier(p, "Cấp huyện và tương đương", Activity.STUDY, "huyen", "1", Format.ONLINE, today.plusDays(30), "Cán bộ chủ chốt cấp huyện",
                "Báo cáo viên Trung ương");
        tier(p, "Cấp cơ sở", Activity.STUDY, "co-so", "0.5", Format.IN_PERSON, today.plusDays(60), "Toàn thể đảng viên", "Bí thư cấp ủy");
        plans.persist(p);
    }
}
