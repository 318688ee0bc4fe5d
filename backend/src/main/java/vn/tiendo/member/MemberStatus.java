package vn.tiendo.member;

/** CHINH_THUC = đảng viên chính thức; DU_BI = đảng viên dự bị (probationary). */
public enum MemberStatus {
    CHINH_THUC,
    DU_BI
}
