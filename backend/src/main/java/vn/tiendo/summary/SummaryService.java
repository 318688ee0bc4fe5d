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
    static final List<String> FIGURE_HEADERS = List.of("Phải thực hiện", "Đã tổ chức", "Đã báo cáo", "Đúng hạn", "Tham dự (người)",
            "Tỷ lệ tham dự", "Bài thu hoạch", "Có chương trình hành động");

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
    public record Subject(Plan plan, Organization org) {
    }

    public Subject subject(long planId, Long orgId) {
        Plan plan = plans.requireReadable(planId);
        Organization org = orgId != null ? organizations.requireReadable(orgId)
                : caller.orgId() != null ? orgs.findById(caller.orgId()) : orgs.findById(plan.issuerOrgId);
        if (caller.readsOwnOrgOnly()) {
            throw ApiException.forbidden("Báo cáo tổng hợp dành cho ban tuyên giáo và dân vận, người theo dõi cây tổ chức");
        }
        return new Subject(plan, org);
    }

    @Transactional
    public SummaryDocument document(Subject s) {
        Plan plan = s.plan();
        Organization org = s.org();
        LocalDate today = clock.today();
        SummaryRepository.Grouped g = figures.grouped(plan.id, closedTree.pathOf(plan, org));
        Organization issuer = orgs.findById(plan.issuerOrgId);
        Organization parent = org.parentId == null ? null : orgs.findById(org.parentId);

        List<String> issuerLines = new ArrayList<>();
        if (parent != null) {
            issuerLines.add(upper(parent.name));
        }
        issuerLines.add(upper(org.name));
        String subject = plan.resolution != null ? plan.resolution : plan.title;

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Thực hiện Kế hoạch số " + plan.number + (plan.issuedOn == null ? "" : " ngày " + plan.issuedOn.format(VN_DATE))
                + " của " + issuer.name + " về " + lowerFirst(plan.title) + ", " + org.name + " báo cáo kết quả thực hiện (số liệu đến ngày "
                + today.format(VN_DATE) + ") như sau:", false));
        blocks.add(new Heading("I. KẾT QUẢ THỰC HIỆN"));
        blocks.add(new Heading("1. Kết quả chung"));
        blocks.add(new Paragraph(overall(g.total()), false));
        var members = coverage.byTier(plan.id, org.id).get(vn.tiendo.member.CoverageRepository.WHOLE_PLAN);
        if (members != null && members.members() > 0) {
            blocks.add(new Paragraph("Theo danh sách đảng viên: " + members.studied() + "/" + members.members() + " đảng viên đã học tập ("
                    + Figures.percent(members.studied(), members.members()) + "), " + members.wroteUp() + "/" + members.members()
                    + " đã viết bài thu hoạch (" + Figures.percent(members.wroteUp(), members.members()) + ").", false));
        }
        blocks.add(new Heading("2. Kết quả theo đối tượng"));
        blocks.add(tierTable(plan, g));
        if (!g.byChild().isEmpty()) {
            blocks.add(new Heading("3. Kết quả theo tổ chức trực thuộc"));
            blocks.add(childTable(g));
        }
        blocks.add(new Heading("II. CÁC TỔ CHỨC CHƯA HOÀN THÀNH"));
        long[] count = new long[1];
        List<SummaryRepository.Outstanding> open = figures.outstanding(plan.id, closedTree.pathOf(plan, org), count);
        if (open.isEmpty()) {
            blocks.add(new Paragraph("Tất cả tổ chức đã hoàn thành (hoặc được miễn).", false));
        } else {
            blocks.add(outstandingTable(open, today));
            if (count[0] > open.size()) {
                blocks.add(new Paragraph("Và " + (count[0] - open.size()) + " nhiệm vụ khác chưa hoàn thành (xem danh sách đôn đốc).", false));
            }
        }
        blocks.add(new Heading("III. ĐÁNH GIÁ CHUNG"));
        blocks.add(new Paragraph("(Phần này do người soạn thảo bổ sung: ưu điểm, hạn chế, nguyên nhân.)", true));
        blocks.add(new Heading("IV. PHƯƠNG HƯỚNG, KIẾN NGHỊ, ĐỀ XUẤT"));
        blocks.add(new Paragraph("(Phần này do người soạn thảo bổ sung.)", true));

        return new SummaryDocument(issuerLines, "Số: ... -BC/...", "ĐẢNG CỘNG SẢN VIỆT NAM", "..., ngày ... tháng ... năm ...", "BÁO CÁO",
                "Kết quả học tập, quán triệt, tuyên truyền " + subject, blocks,
                List.of("Nơi nhận:", "- " + issuer.name + " (báo cáo),", "- ...,", "- Lưu văn phòng."),
                List.of("T/M BAN THƯỜNG VỤ", "(Ký, ghi rõ họ tên)"));
    }

    private static String overall(Figures t) {
        return "Tổng số " + t.owed() + " lượt tổ chức phải thực hiện; đã tổ chức hội nghị " + t.held() + " ("
                + Figures.percent(t.held(), t.owed()) + "); đã báo cáo kết quả " + t.reported() + " (" + Figures.percent(t.reported(), t.owed())
                + "), trong đó đúng hạn " + t.onTime() + " (" + Figures.percent(t.onTime(), t.owed()) + "). Số người tham dự "
                + t.attendees() + "/" + t.expected() + " (" + Figures.percent(t.attendees(), t.expected()) + "); " + t.writeUps()
                + " bài thu hoạch; " + t.actionProgrammes() + " tổ chức đã xây dựng chương trình hành động.";
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
        return new Table(headers, rows, new float[] { 3, 16, 9, 7, 7, 7, 7, 9, 7, 7, 8 }, true);
    }

    private Table childTable(SummaryRepository.Grouped g) {
        List<String> headers = new ArrayList<>(List.of("TT", "Tổ chức"));
        headers.addAll(FIGURE_HEADERS);
        Map<Long, Organization> children = new java.util.HashMap<>();
        orgs.list("id in ?1", g.byChild().keySet()).forEach(o -> children.put(o.id, o));
        List<Map.Entry<Long, Figures>> entries = g.byChild().entrySet().stream().filter(e -> children.containsKey(e.getKey()))
                .sorted(Comparator.comparing(e -> children.get(e.getKey()).name)).toList();
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
        return new Table(headers, rows, new float[] { 3, 25, 7, 7, 7, 7, 9, 7, 7, 8 }, true);
    }

    private static Table outstandingTable(List<SummaryRepository.Outstanding> open, LocalDate today) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (var o : open) {
            long late = ChronoUnit.DAYS.between(o.deadline(), today);
            rows.add(List.of(String.valueOf(i++), o.orgName(), o.tierName(), o.deadline().format(VN_DATE),
                    late > 0 ? String.valueOf(late) : "Chưa đến hạn", status(o.status())));
        }
        return new Table(List.of("TT", "Tổ chức", "Đối tượng", "Hạn", "Số ngày trễ", "Tình trạng"), rows,
                new float[] { 3, 28, 16, 10, 9, 16 }, false);
    }

    private static List<String> cells(Figures f) {
        return List.of(String.valueOf(f.owed()), String.valueOf(f.held()), String.valueOf(f.reported()), String.valueOf(f.onTime()),
                f.attendees() + "/" + f.expected(), Figures.percent(f.attendees(), f.expected()), String.valueOf(f.writeUps()),
                String.valueOf(f.actionProgrammes()));
    }

    static String status(String status) {
        return switch (status) {
            case "PENDING" -> "Chưa thực hiện";
            case "SCHEDULED" -> "Đã lên lịch hội nghị";
            case "HELD" -> "Đã tổ chức, chưa báo cáo";
            case "RETURNED" -> "Báo cáo bị trả lại";
            default -> status;
        };
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }
}
