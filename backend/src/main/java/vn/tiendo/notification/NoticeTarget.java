package vn.tiendo.notification;

import java.time.LocalDate;

/** A claimed notice with what its text and recipients need: the assignment, its plan and tier, the organisation and two ancestors. */
record NoticeTarget(
        long noticeId,
        Stage stage,
        int daysLeft,
        long assignmentId,
        LocalDate deadline,
        String status,
        long planId,
        String planNumber,
        String planTitle,
        String tierName,
        long orgId,
        String orgName,
        String orgEmail,
        Long parentId,
        String parentName,
        String parentEmail,
        Long grandparentId,
        String grandparentName,
        String grandparentEmail) {

    /** The organisation whose users are told: the late one itself, or the ancestor an escalation goes to. */
    Long recipientOrgId() {
        return switch (stage) {
            case ESCALATION_PARENT -> parentId;
            case ESCALATION_GRANDPARENT -> grandparentId;
            default -> orgId;
        };
    }

    String recipientOrgName() {
        return switch (stage) {
            case ESCALATION_PARENT -> parentName;
            case ESCALATION_GRANDPARENT -> grandparentName;
            default -> orgName;
        };
    }

    String recipientEmail() {
        return switch (stage) {
            case ESCALATION_PARENT -> parentEmail;
            case ESCALATION_GRANDPARENT -> grandparentEmail;
            default -> orgEmail;
        };
    }
}
