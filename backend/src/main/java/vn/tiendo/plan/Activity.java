package vn.tiendo.plan;

/** Học tập quán triệt, tuyên truyền, xây dựng chương trình hành động, khác. */
public enum Activity {
    STUDY,
    PROPAGANDA,
    ACTION_PROGRAMME,
    OTHER
}
