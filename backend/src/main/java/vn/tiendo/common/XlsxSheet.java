package vn.tiendo.common;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A spreadsheet fit to file in an office: a title and a scope line, one bold header row (frozen, with an
 * autofilter over the data), STT numbering, real dates shown dd/MM/yyyy, rates as percentages, and a bold total
 * row under the filtered range. Streamed with POI SXSSF, so a national tree never sits in memory.
 */
public final class XlsxSheet implements AutoCloseable {
    /** Header row index (0-based): title, scope line, an empty row, then the headers. */
    public static final int HEADER_ROW = 3;

    private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final int columns;
    private final CellStyle date;
    private final CellStyle percent;
    private final CellStyle totalText;
    private final CellStyle totalNumber;
    private final CellStyle totalPercent;
    private final CellStyle[] indent = new CellStyle[6];
    private final java.util.Map<String, CellStyle> formats = new java.util.HashMap<>();
    private int next = HEADER_ROW + 1;

    public XlsxSheet(String sheetName, String title, String scope, List<String> headers, int frozenColumns) {
        sheet = wb.createSheet(sheetName);
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle boldStyle = wb.createCellStyle();
        boldStyle.setFont(bold);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        short dateFormat = wb.createDataFormat().getFormat("dd/mm/yyyy");
        short percentFormat = wb.createDataFormat().getFormat("0.0%");
        date = wb.createCellStyle();
        date.setDataFormat(dateFormat);
        percent = wb.createCellStyle();
        percent.setDataFormat(percentFormat);
        totalText = wb.createCellStyle();
        totalText.setFont(bold);
        totalText.setBorderTop(BorderStyle.THIN);
        totalNumber = wb.createCellStyle();
        totalNumber.cloneStyleFrom(totalText);
        totalPercent = wb.createCellStyle();
        totalPercent.cloneStyleFrom(totalText);
        totalPercent.setDataFormat(percentFormat);
        for (int i = 0; i < indent.length; i++) {
            indent[i] = wb.createCellStyle();
            indent[i].setIndention((short) (i * 2));
        }
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(title);
        t.getCell(0).setCellStyle(boldStyle);
        sheet.createRow(1).createCell(0).setCellValue(scope);
        Row head = sheet.createRow(HEADER_ROW);
        columns = headers.size();
        for (int i = 0; i < columns; i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
        }
        sheet.createFreezePane(frozenColumns, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 6 * 256);
    }

    /** A new data row, numbered in column 0 (STT). */
    public Row row() {
        Row r = sheet.createRow(next);
        r.createCell(0).setCellValue(next - HEADER_ROW);
        next++;
        return r;
    }

    public void text(Row r, int col, String value) {
        if (value != null) {
            r.createCell(col).setCellValue(SpreadsheetText.safe(value));
        }
    }

    /** Text indented by depth below the subject (0 = no indent): the tree shows under its parents. */
    public void indented(Row r, int col, String value, int depth) {
        text(r, col, value);
        if (value != null) {
            r.getCell(col).setCellStyle(indent[Math.max(0, Math.min(depth, indent.length - 1))]);
        }
    }

    public void number(Row r, int col, long value) {
        r.createCell(col).setCellValue(value);
    }

    public void date(Row r, int col, LocalDate value) {
        if (value != null) {
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(date);
        }
    }

    /** A number shown with an Excel number format, e.g. {@code "trễ "0" ngày";"còn "0" ngày";"hôm nay"}. */
    public void number(Row r, int col, long value, String format) {
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(formats.computeIfAbsent(format, f -> {
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(f));
            return st;
        }));
    }

    /** A moment shown in local time, dd/mm/yyyy hh:mm. */
    public void dateTime(Row r, int col, java.time.Instant value) {
        if (value != null) {
            Cell c = r.createCell(col);
            c.setCellValue(java.time.LocalDateTime.ofInstant(value, AppClock.ZONE));
            c.setCellStyle(formats.computeIfAbsent("dd/mm/yyyy hh:mm", f -> {
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat(f));
                return st;
            }));
        }
    }

    /** A rate in [0, 1] shown as a percentage; null leaves the cell empty. */
    public void rate(Row r, int col, Double value) {
        if (value != null) {
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(percent);
        }
    }

    /**
     * The bold total row below the data; the autofilter covers the header and the data rows only, so filtering
     * never hides the total. {@code values}: null (empty), a String, a Number, or a {@link Rate}.
     */
    public void total(Object... values) {
        int lastData = next - 1;
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastData), 0, columns - 1));
        Row r = sheet.createRow(next++);
        for (int i = 0; i < values.length && i < columns; i++) {
            Object v = values[i];
            Cell c = r.createCell(i);
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
                c.setCellStyle(totalNumber);
            } else if (v instanceof Rate rate) {
                if (rate.value() != null) {
                    c.setCellValue(rate.value());
                }
                c.setCellStyle(totalPercent);
            } else {
                if (v != null) {
                    c.setCellValue(SpreadsheetText.safe(v.toString()));
                }
                c.setCellStyle(totalText);
            }
        }
    }

    /** A rate in the total row. */
    public record Rate(Double value) {}

    public void width(int col, int characters) {
        sheet.setColumnWidth(col, characters * 256);
    }

    public void write(OutputStream out) throws IOException {
        wb.write(out);
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
