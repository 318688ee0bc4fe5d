package vn.tiendo.member;

/** Có mặt; vắng có lý do; vắng không lý do. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT
}
