package vn.tiendo.notification;

import java.time.format.DateTimeFormatter;

/** The Vietnamese wording of each notice: it names the plan, the tier, the deadline and the days left or late. */
final class NoticeText {
    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NoticeText() {}

    record Text(String title, String body) {}

    static Text of(NoticeTarget t) {
        String plan = "Kế hoạch số " + t.planNumber() + " (" + t.planTitle() + ")";
        String task = "\"" + t.tierName() + "\" theo " + plan;
        String when =
                t.orgName() + " " + deadlinePhrase(t.daysLeft(), t.deadline().format(VN_DATE)) + " hoàn thành " + task;
        return switch (t.stage()) {
            case DUE_SOON ->
                new Text(
                        "Sắp đến hạn: " + t.tierName() + " — " + t.planNumber(),
                        when + ". Đề nghị tổ chức hội nghị và gửi báo cáo kết quả trước hạn.");
            case OVERDUE ->
                new Text(
                        "Quá hạn: " + t.tierName() + " — " + t.planNumber(),
                        when + ". Đề nghị khẩn trương tổ chức thực hiện và gửi báo cáo kết quả.");
            case ESCALATION_PARENT, ESCALATION_GRANDPARENT ->
                new Text(
                        "Tổ chức trực thuộc quá hạn: " + t.orgName() + " — " + t.planNumber(),
                        when + (t.parentName() == null ? "" : " (trực thuộc " + t.parentName() + ")")
                                + ", hiện ở trạng thái \"" + statusLabel(t.status()) + "\". Đề nghị "
                                + t.recipientOrgName() + " theo dõi, đôn đốc, kiểm tra.");
            case MANUAL ->
                new Text(
                        "Nhắc nhở: " + t.tierName() + " — " + t.planNumber(),
                        "Nhắc nhở: " + when + ". Đề nghị tổ chức thực hiện và gửi báo cáo kết quả.");
            default ->
                throw new IllegalArgumentException(
                        "not a reminder: " + t.stage()); // the steps' words are in StepNotices
        };
    }

    /** "còn 3 ngày đến hạn (ngày 10/12/2020)", "đến hạn hôm nay (ngày ...)", "đã trễ 5 ngày so với hạn (ngày ...)". */
    static String deadlinePhrase(int daysLeft, String deadline) {
        if (daysLeft > 0) {
            return "còn " + daysLeft + " ngày đến hạn (ngày " + deadline + ")";
        }
        if (daysLeft == 0) {
            return "đến hạn hôm nay (ngày " + deadline + ")";
        }
        return "đã trễ " + (-daysLeft) + " ngày so với hạn (ngày " + deadline + ")";
    }

    static String statusLabel(String status) {
        return vn.tiendo.assignment.AssignmentStatus.label(status);
    }
}
