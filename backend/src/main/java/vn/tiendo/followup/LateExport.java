package vn.tiendo.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Row;

import vn.tiendo.common.XlsxSheet;
import vn.tiendo.plan.Plan;

/**
 * The chase list as a spreadsheet, for the phone calls: one row per late or due-soon assignment, the screen's
 * columns (the contact split into name, phone and mail), days late as a number shown "trễ 4 ngày" / "còn 2 ngày"
 * like the screen, and a total row.
 */
@ApplicationScoped
public class LateExport {
    /** The chase list's words (vi.json: chase.*, dashboard.*); LateExportTest holds them equal. */
    public static final List<String> HEADERS = List.of(
            "STT",
            "Mã đơn vị",
            "Đơn vị",
            "Đối tượng",
            "Hạn",
            "Trễ / còn",
            "Trạng thái",
            "Bí thư",
            "Điện thoại",
            "Thư điện tử",
            "Lần nhắc gần nhất");
    /** Positive: days late; negative: days left; zero: due today. */
    static final String DAYS_FORMAT = "\"trễ \"0\" ngày\";\"còn \"0\" ngày\";\"đến hạn hôm nay\"";

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    LateRepository late;

    @Transactional
    public void xlsx(Plan plan, String scopeName, LateRepository.Scope scope, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(
                "Danh sách đôn đốc",
                "Danh sách đôn đốc — Kế hoạch số " + plan.number + " — " + plan.title,
                "Phạm vi: " + scopeName + " · Quá hạn và sắp đến hạn trong " + scope.dueWithinDays()
                        + " ngày · Số liệu ngày " + scope.today().format(VN_DATE),
                HEADERS,
                3)) {
            long[] counts = new long[2];
            late.each(scope, a -> {
                Row row = sheet.row();
                sheet.text(row, 1, a.orgCode());
                sheet.text(row, 2, a.orgName());
                sheet.text(row, 3, a.tierName());
                sheet.date(row, 4, a.deadline());
                sheet.number(row, 5, a.daysLate(), DAYS_FORMAT);
                sheet.text(
                        row,
                        6,
                        (a.overdue() ? "Quá hạn · " : "Sắp đến hạn · ")
                                + a.status().label());
                sheet.text(row, 7, a.secretaryName());
                sheet.text(row, 8, a.phone());
                sheet.text(row, 9, a.email());
                sheet.dateTime(row, 10, a.lastReminderAt());
                counts[a.overdue() ? 0 : 1]++;
            });
            sheet.total(
                    null,
                    null,
                    "Tổng cộng: " + (counts[0] + counts[1]) + " nhiệm vụ",
                    null,
                    null,
                    null,
                    counts[0] + " quá hạn, " + counts[1] + " sắp đến hạn");
            sheet.width(1, 14);
            sheet.width(2, 36);
            sheet.width(3, 24);
            sheet.width(4, 12);
            sheet.width(5, 16);
            sheet.width(6, 34);
            sheet.width(7, 22);
            sheet.width(8, 16);
            sheet.width(9, 28);
            sheet.width(10, 18);
            sheet.write(out);
        }
    }
}
