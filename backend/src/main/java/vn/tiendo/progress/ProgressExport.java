package vn.tiendo.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;

import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.SpreadsheetText;
import vn.tiendo.common.XlsxSheet;
import vn.tiendo.organization.Organization;
import vn.tiendo.plan.Plan;

/**
 * The progress of a plan as a spreadsheet: one row per organisation of the subtree, in tree order (each
 * organisation under its parent, the name indented by depth), the same headers as the dashboard's grid, a total
 * row. XLSX streamed with POI SXSSF; CSV for machines (same columns, no total, text neutralised against formulas).
 */
@ApplicationScoped
public class ProgressExport {
    /** The dashboard's words (vi.json: dashboard.*, status.*); ProgressExportTest holds them equal. */
    public static final List<String> HEADERS = List.of(
            "STT",
            "Mã đơn vị",
            "Đơn vị",
            "Cấp",
            "Trực thuộc",
            "Hạn",
            "Trạng thái",
            "Nhiệm vụ",
            AssignmentStatus.PENDING.label(),
            AssignmentStatus.SCHEDULED.label(),
            AssignmentStatus.HELD.label(),
            AssignmentStatus.REPORTED.label(),
            AssignmentStatus.ACCEPTED.label(),
            AssignmentStatus.RETURNED.label(),
            AssignmentStatus.EXEMPT.label(),
            "Quá hạn",
            "Hoàn thành",
            "Đúng hạn",
            "Tỷ lệ hoàn thành",
            "Tỷ lệ đúng hạn",
            "Số người dự",
            "Số phải dự",
            "Tỷ lệ dự",
            "Đảng viên phải học",
            "Đảng viên đã học tập",
            "Đảng viên đã viết thu hoạch",
            "Tỷ lệ học tập",
            "Tỷ lệ viết thu hoạch");

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    vn.tiendo.plan.ClosedPlanTree closedTree;

    @Inject
    ProgressRepository figures;

    @Inject
    AppClock clock;

    static String statusLabel(String status) {
        return status == null ? "Nhiều đợt" : AssignmentStatus.label(status);
    }

    private static long[] counts(Totals t) {
        return new long[] {
            t.assignments(),
            t.pending(),
            t.scheduled(),
            t.held(),
            t.reported(),
            t.accepted(),
            t.returned(),
            t.exempt(),
            t.overdue(),
            t.completed(),
            t.completedOnTime()
        };
    }

    @Transactional
    public void csv(Plan plan, Organization org, boolean ownOnly, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF'); // so Excel opens UTF-8 with the diacritics intact
        CSVPrinter printer = new CSVPrinter(
                w,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(HEADERS.toArray(String[]::new))
                        .get());
        int[] n = {0};
        figures.perOrganization(
                plan.id,
                closedTree.pathOf(plan, org),
                ownOnly,
                clock.today(),
                plan.status == vn.tiendo.plan.PlanStatus.CLOSED,
                r -> {
                    try {
                        Totals t = r.totals();
                        printer.print(++n[0]);
                        printer.print(SpreadsheetText.safe(r.code()));
                        printer.print(SpreadsheetText.safe(r.name()));
                        printer.print(SpreadsheetText.safe(r.levelName()));
                        printer.print(r.parentName() == null ? "" : SpreadsheetText.safe(r.parentName()));
                        printer.print(r.deadline() == null ? "" : r.deadline().format(VN_DATE));
                        printer.print(statusLabel(r.status()));
                        for (long v : counts(t)) {
                            printer.print(v);
                        }
                        printer.print(percent(t.completionRate()));
                        printer.print(percent(t.onTimeRate()));
                        printer.print(t.attendees());
                        printer.print(t.expected());
                        printer.print(percent(t.attendanceRate()));
                        printer.print(t.members());
                        printer.print(t.membersStudied());
                        printer.print(t.membersWroteUp());
                        printer.print(percent(t.coverageRate()));
                        printer.print(percent(t.writeUpRate()));
                        printer.println();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        printer.flush();
    }

    /** "93,3%" or empty: the CSV is for people opening it too. */
    private static String percent(Double rate) {
        return rate == null
                ? ""
                : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100).replace('.', ',');
    }

    @Transactional
    public void xlsx(Plan plan, Organization org, boolean ownOnly, OutputStream out) throws IOException {
        int baseDepth = depth(closedTree.pathOf(plan, org));
        try (XlsxSheet sheet = new XlsxSheet(
                "Tiến độ",
                "Tiến độ thực hiện Kế hoạch số " + plan.number + " — " + plan.title,
                "Phạm vi: " + org.name + " · Số liệu đến ngày " + clock.today().format(VN_DATE),
                HEADERS,
                3)) {
            long[] sum = new long[13];
            figures.perOrganization(
                    plan.id,
                    closedTree.pathOf(plan, org),
                    ownOnly,
                    clock.today(),
                    plan.status == vn.tiendo.plan.PlanStatus.CLOSED,
                    r -> {
                        Row row = sheet.row();
                        Totals t = r.totals();
                        sheet.text(row, 1, r.code());
                        sheet.indented(row, 2, r.name(), depth(r.path()) - baseDepth);
                        sheet.text(row, 3, r.levelName());
                        sheet.text(row, 4, r.parentName());
                        sheet.date(row, 5, r.deadline());
                        sheet.text(row, 6, statusLabel(r.status()));
                        long[] c = counts(t);
                        for (int i = 0; i < c.length; i++) {
                            sheet.number(row, 7 + i, c[i]);
                            sum[i] += c[i];
                        }
                        sheet.rate(row, 18, t.completionRate());
                        sheet.rate(row, 19, t.onTimeRate());
                        sheet.number(row, 20, t.attendees());
                        sheet.number(row, 21, t.expected());
                        sheet.rate(row, 22, t.attendanceRate());
                        // member coverage is of each organisation's subtree, so it has no sum in the total row
                        sheet.number(row, 23, t.members());
                        sheet.number(row, 24, t.membersStudied());
                        sheet.number(row, 25, t.membersWroteUp());
                        sheet.rate(row, 26, t.coverageRate());
                        sheet.rate(row, 27, t.writeUpRate());
                        sum[11] += t.attendees();
                        sum[12] += t.expected();
                    });
            Totals total = Totals.of(
                    sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[10], sum[11], sum[12]);
            Object[] row = new Object[HEADERS.size()];
            row[2] = "Tổng cộng";
            long[] c = counts(total);
            for (int i = 0; i < c.length; i++) {
                row[7 + i] = c[i];
            }
            row[18] = new XlsxSheet.Rate(total.completionRate());
            row[19] = new XlsxSheet.Rate(total.onTimeRate());
            row[20] = total.attendees();
            row[21] = total.expected();
            row[22] = new XlsxSheet.Rate(total.attendanceRate());
            sheet.total(row);
            sheet.width(1, 14);
            sheet.width(2, 40);
            sheet.width(4, 30);
            sheet.width(5, 12);
            sheet.width(6, 18);
            sheet.write(out);
        }
    }

    private static int depth(String path) {
        int d = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                d++;
            }
        }
        return d;
    }
}
