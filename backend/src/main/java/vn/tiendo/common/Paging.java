package vn.tiendo.common;

import io.quarkus.panache.common.Page;

/** Validated {@code ?page&size}: page ≥ 0, 1 ≤ size ≤ 1000, page × size ≤ 100,000,000 (400 otherwise), size 50 by default. */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;
    /** The furthest row a page may start at (page × size): far beyond any list, well inside an int (no overflow). */
    public static final int MAX_OFFSET = 100_000_000;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApiException.badRequest("page", "phải lớn hơn hoặc bằng 0");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badRequest("size", "phải từ 1 đến " + MAX_SIZE);
        }
        if ((long) p * s > MAX_OFFSET) {
            throw ApiException.badRequest("page", "quá lớn: page × size không được vượt " + MAX_OFFSET);
        }
        return new Paging(p, s);
    }

    public Page panache() {
        return Page.of(page, size);
    }

    public int offset() {
        return page * size;
    }
}
