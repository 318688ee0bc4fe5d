package vn.tiendo.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanService;
import vn.tiendo.plan.Tier;
import vn.tiendo.summary.SummaryDocument.Block;
import vn.tiendo.summary.SummaryDocument.Heading;
import vn.tiendo.summary.SummaryDocument.Paragraph;
import vn.tiendo.summary.SummaryDocument.Table;

/** Dự thảo báo cáo tổng hợp kết quả: the figures of a plan over a subtree, laid out as the report the committee signs. */
@ApplicationScoped
public class SummaryService {
    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<String> FIGURE_HEADERS = List.of(
            "Phải thực hiện",
            "Đã tổ chức",
            "Đã báo cáo",
            "Đúng hạn",
            "Tham dự (người)",
            "Tỷ lệ tham dự",
            "Bài thu hoạch",
            "Có chương trình hành động");

    /** Relative widths of the per-child table: wide enough for "1.020.400/1.022.500" on one line. */
    static final float[] CHILD_WIDTHS = {4.5f, 20, 7.5f, 7, 7, 7, 16, 7.5f, 7, 9.5f};

    @Inject
    vn.tiendo.plan.ClosedPlanTree closedTree;

    @Inject
    SummaryRepository figures;

    @Inject
    PlanService plans;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationRepository orgs;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    @Inject
    vn.tiendo.member.CoverageRepository coverage;

    /** The plan, and the organisation whose subtree is summed (orgId, else the caller's own, else the issuer). */
    public record Subject(Plan plan, Organization org) {}

    public Subject subject(long planId, Long orgId) {
        Plan plan = plans.requireReadable(planId);
        Organization org = orgId != null
                ? organizations.requireReadable(orgId)
                : caller.orgId() != null ? orgs.findById(caller.orgId()) : orgs.findById(plan.issuerOrgId);
        if (caller.readsOwnOrgOnly()) {
            throw ApiException.forbidden(
                    "Báo cáo tổng hợp dành cho ban tuyên giáo và dân vận, người theo dõi cây tổ chức");
        }
        return new Subject(plan, org);
    }

    /** The heading of the document as prefilled for the subject: the number is left to the office, the rest known. */
    public SummaryHeading heading(Subject s) {
        Committee c = Committee.of(s.org().name);
        return new SummaryHeading(null, "BC/" + c.symbol(), c.place(), clock.today());
    }

    /**
     * The summary report in the party's document form (Hướng dẫn thể thức văn bản của Đảng): the issuing committee
     * under its party organisation and the number, the motto and place and date, the title, the body, and the
     * closing: addressed upward ("để báo cáo": the level above and its Ban Tuyên giáo và Dân vận), to the issuer's
     * own standing committee ("để biết"), filed by its office. {@code h}: the heading as the author edited it.
     */
    @Transactional
    public SummaryDocument document(Subject s, SummaryHeading h) {
        Plan plan = s.plan();
        Organization org = s.org();
        LocalDate today = clock.today();
        SummaryRepository.Grouped g = figures.grouped(plan.id, closedTree.pathOf(plan, org));
        Organization issuer = orgs.findById(plan.issuerOrgId);
        Organization parent = org.parentId == null ? null : orgs.findById(org.parentId);
        Committee self = Committee.of(org.name);
        Committee above = parent == null ? null : Committee.of(parent.name);

        List<String> issuerLines = new ArrayList<>();
        if (parent != null) {
            issuerLines.add(upper(partyOrganisation(above)));
        }
        issuerLines.add(upper(org.name));
        String subject = plan.resolution != null ? plan.resolution : plan.title;
        String issuedBy = issuer.id.equals(org.id) ? "của " + org.name : "của " + issuer.name;

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(
                "Thực hiện Kế hoạch số " + plan.number
                        + (plan.issuedOn == null ? "" : " ngày " + plan.issuedOn.format(VN_DATE))
                        + " " + issuedBy + " về " + lowerFirst(plan.title) + ", " + org.name
                        + " báo cáo kết quả thực hiện (số liệu đến ngày "
                        + today.format(VN_DATE) + ") như sau:",
                false));
        blocks.add(new Heading("I. KẾT QUẢ THỰC HIỆN"));
        blocks.add(new Heading("1. Kết quả chung"));
        blocks.add(new Paragraph(overall(g.total()), false));
        var members = coverage.byTier(plan.id, org.id).get(vn.tiendo.member.CoverageRepository.WHOLE_PLAN);
        if (members != null && members.members() > 0) {
            blocks.add(new Paragraph(
                    "Theo danh sách đảng viên: " + members.studied() + "/" + members.members()
                            + " đảng viên đã học tập ("
                            + Figures.percent(members.studied(), members.members()) + "), " + members.wroteUp() + "/"
                            + members.members()
                            + " đã viết bài thu hoạch (" + Figures.percent(members.wroteUp(), members.members()) + ").",
                    false));
        }
        blocks.add(new Heading("2. Kết quả theo đối tượng"));
        blocks.add(tierTable(plan, g));
        if (!g.byChild().isEmpty()) {
            blocks.add(new Heading("3. Kết quả theo tổ chức trực thuộc"));
            blocks.add(childTable(g));
        }
        blocks.add(new Heading("II. CÁC TỔ CHỨC CHẬM TIẾN ĐỘ"));
        SummaryRepository.Open open = figures.open(plan.id, closedTree.pathOf(plan, org), today);
        if (open.late().isEmpty()) {
            blocks.add(new Paragraph("Không có tổ chức nào quá hạn.", false));
        } else {
            blocks.add(new Paragraph(
                    "Có " + Figures.number(open.lateCount()) + " nhiệm vụ đã quá hạn mà chưa hoàn thành:", false));
            blocks.add(lateTable(open.late(), today));
            if (open.lateCount() > open.late().size()) {
                blocks.add(new Paragraph(
                        "Và " + Figures.number(open.lateCount() - open.late().size())
                                + " nhiệm vụ quá hạn khác (xem danh sách đôn đốc).",
                        false));
            }
        }
        if (open.notDueCount() > 0) {
            blocks.add(new Paragraph(
                    Figures.number(open.notDueCount()) + " nhiệm vụ chưa đến hạn đang được triển khai.", false));
        }
        blocks.add(new Heading("III. ĐÁNH GIÁ CHUNG"));
        blocks.add(new Paragraph("(Phần này do người soạn thảo bổ sung: ưu điểm, hạn chế, nguyên nhân.)", true));
        blocks.add(new Heading("IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ, ĐỀ XUẤT"));
        blocks.add(new Paragraph("(Phần này do người soạn thảo bổ sung.)", true));

        List<String> recipients = new ArrayList<>();
        recipients.add("Nơi nhận:");
        if (parent != null) {
            recipients.add("- " + parent.name + " (để báo cáo),");
            if (above.hasDepartment()) {
                recipients.add("- " + above.department() + " (để báo cáo),");
            }
        } else {
            recipients.add("- Ban Tuyên giáo và Dân vận Trung ương (để báo cáo),");
        }
        if (self.hasStandingCommittee()) {
            recipients.add("- Các đồng chí Ủy viên Ban Thường vụ " + self.kind() + " (để biết),");
        }
        recipients.add("- Lưu " + self.office() + ".");

        String number = "Số "
                + (h.number() == null || h.number().isBlank()
                        ? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"
                        : h.number().strip())
                + "-"
                + (h.symbol() == null || h.symbol().isBlank()
                        ? "BC/" + self.symbol()
                        : h.symbol().strip());
        LocalDate date = h.date() == null ? today : h.date();
        String place = h.place() == null || h.place().isBlank()
                ? self.place()
                : h.place().strip();
        String placeDate = place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
        return new SummaryDocument(
                issuerLines,
                number,
                "ĐẢNG CỘNG SẢN VIỆT NAM",
                placeDate,
                "BÁO CÁO",
                "Kết quả học tập, quán triệt, tuyên truyền " + subject,
                blocks,
                recipients,
                List.of(
                        self.onBehalfOf(),
                        self.hasStandingCommittee() ? "PHÓ BÍ THƯ" : "BÍ THƯ",
                        "",
                        "",
                        "(Ký, ghi rõ họ tên)"));
    }

    /** "Thành ủy Tam Kỳ" belongs to "Đảng bộ thành phố Tam Kỳ"; "Đảng ủy phường An Mỹ" to "Đảng bộ phường An Mỹ". */
    static String partyOrganisation(Committee c) {
        return switch (c.kind()) {
            case "Tỉnh ủy" -> "Đảng bộ tỉnh " + c.place();
            case "Thành ủy" -> "Đảng bộ thành phố " + c.place();
            case "Huyện ủy" -> "Đảng bộ huyện " + c.place();
            case "Thị ủy" -> "Đảng bộ thị xã " + c.place();
            case "Quận ủy" -> "Đảng bộ quận " + c.place();
            case "Đảng ủy", "Đảng bộ" ->
                "Đảng bộ " + c.name().substring(c.kind().length()).strip();
            default -> c.name();
        };
    }

    private static String overall(Figures t) {
        return "Tổng số " + Figures.number(t.owed()) + " nhiệm vụ phải thực hiện; đã tổ chức hội nghị "
                + Figures.number(t.held()) + " ("
                + Figures.percent(t.held(), t.owed()) + "); đã báo cáo kết quả " + Figures.number(t.reported()) + " ("
                + Figures.percent(t.reported(), t.owed()) + "), trong đó đúng hạn " + Figures.number(t.onTime()) + " ("
                + Figures.percent(t.onTime(), t.owed()) + "). Số người tham dự " + Figures.number(t.attendees()) + "/"
                + Figures.number(t.expected()) + " (" + Figures.percent(t.attendees(), t.expected()) + "); "
                + Figures.number(t.writeUps())
                + " bài thu hoạch; " + Figures.number(t.actionProgrammes())
                + " tổ chức đã xây dựng chương trình hành động.";
    }

    private static Table tierTable(Plan plan, SummaryRepository.Grouped g) {
        List<String> headers = new ArrayList<>(List.of("TT", "Đối tượng", "Hạn"));
        headers.addAll(FIGURE_HEADERS);
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Tier t : plan.tiers) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(i++), t.name, t.deadline.format(VN_DATE)));
            row.addAll(cells(g.byTier().getOrDefault(t.id, Figures.NONE)));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Tổng cộng", ""));
        total.addAll(cells(g.total()));
        rows.add(total);
        return new Table(headers, rows, new float[] {4.5f, 14, 10, 7.5f, 7, 7, 7, 13, 7.5f, 7, 9.5f}, true);
    }

    private Table childTable(SummaryRepository.Grouped g) {
        List<String> headers = new ArrayList<>(List.of("TT", "Tổ chức"));
        headers.addAll(FIGURE_HEADERS);
        Map<Long, Organization> children = new java.util.HashMap<>();
        orgs.list("id in ?1", g.byChild().keySet()).forEach(o -> children.put(o.id, o));
        List<Map.Entry<Long, Figures>> entries = g.byChild().entrySet().stream()
                .filter(e -> children.containsKey(e.getKey()))
                .sorted(Comparator.comparing(e -> children.get(e.getKey()).name))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (var e : entries) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(i++), children.get(e.getKey()).name));
            row.addAll(cells(e.getValue()));
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("", "Tổng cộng (cả cây)"));
        total.addAll(cells(g.total()));
        rows.add(total);
        return new Table(headers, rows, CHILD_WIDTHS, true);
    }

    private static Table lateTable(List<SummaryRepository.Outstanding> late, LocalDate today) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (var o : late) {
            rows.add(List.of(
                    String.valueOf(i++),
                    o.orgName(),
                    o.tierName(),
                    o.deadline().format(VN_DATE),
                    Figures.number(ChronoUnit.DAYS.between(o.deadline(), today)),
                    AssignmentStatus.label(o.status())));
        }
        return new Table(
                List.of("TT", "Tổ chức", "Đối tượng", "Hạn", "Số ngày trễ", "Trạng thái"),
                rows,
                new float[] {5, 30, 16, 12, 10, 16},
                false);
    }

    private static List<String> cells(Figures f) {
        return List.of(
                Figures.number(f.owed()),
                Figures.number(f.held()),
                Figures.number(f.reported()),
                Figures.number(f.onTime()),
                Figures.number(f.attendees()) + "/" + Figures.number(f.expected()),
                Figures.percent(f.attendees(), f.expected()),
                Figures.number(f.writeUps()),
                Figures.number(f.actionProgrammes()));
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
