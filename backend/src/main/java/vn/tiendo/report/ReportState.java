package vn.tiendo.report;

public enum ReportState {
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
