package vn.tiendo.organization;

import vn.tiendo.common.ImportFile;

/** One line of an organisation import, as read; {@code where} names it in errors ("line 7", "items[3]"). */
record ImportRow(String where, String code, String name, String parentCode, String levelCode, String memberCount) {
    static final ImportFile.Columns COLUMNS =
            ImportFile.Columns.of("code", "name", "parentCode", "levelCode", "memberCount");

    static ImportRow of(ImportFile.Line l) {
        return new ImportRow(
                l.where(), l.get("code"), l.get("name"), l.get("parentCode"), l.get("levelCode"), l.get("memberCount"));
    }
}
