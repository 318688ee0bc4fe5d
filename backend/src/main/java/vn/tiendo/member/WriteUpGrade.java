package vn.tiendo.member;

/** Xếp loại bài thu hoạch: chưa đạt, đạt, khá, tốt. */
public enum WriteUpGrade {
    CHUA_DAT,
    DAT,
    KHA,
    TOT
}
