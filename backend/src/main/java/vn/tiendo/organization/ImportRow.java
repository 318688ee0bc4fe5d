package vn.tiendo.organization;

/** One line of an organisation import, as read; {@code where} names it in errors ("line 7", "items[3]"). */
record ImportRow(String where, String code, String name, String parentCode, String levelCode, String memberCount) {
}
