package vn.tiendo.common;

/** Hình thức: trực tiếp, trực tuyến, kết hợp (điểm cầu). */
public enum Format {
    IN_PERSON,
    ONLINE,
    HYBRID
}
