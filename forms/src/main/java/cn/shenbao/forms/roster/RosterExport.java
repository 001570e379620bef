package cn.shenbao.forms.roster;

import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.io.IoMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes experts (a roster or a team) to an {@code .xlsx} with POI's streaming workbook ({@link SXSSFWorkbook}, 100
 * rows in memory), through the one {@link AtomicWriter}. The header row uses the fields' Chinese names, so the
 * file imports again unchanged. Every cell is a text cell; a text that starts with {@code =}, {@code +},
 * {@code -} or {@code @} also gets Excel's “quote prefix” style, so that editing it in Excel or WPS never turns it
 * into a formula.
 */
public final class RosterExport {
    private RosterExport() {
    }

    /** Whether a text would be taken as a formula by a spreadsheet when typed. */
    public static boolean formulaLike(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
    }

    public static void write(List<Expert> experts, Path out, Locale locale) throws RosterException {
        try {
            AtomicWriter.write(out, false, stream -> {
                SXSSFWorkbook wb = new SXSSFWorkbook(100);
                try {
                    Sheet sheet = wb.createSheet(RosterException.text(locale, "roster.export.sheet"));
                    CellStyle head = wb.createCellStyle();
                    Font bold = wb.createFont();
                    bold.setBold(true);
                    head.setFont(bold);
                    CellStyle text = wb.createCellStyle();
                    text.setDataFormat(wb.createDataFormat().getFormat("@"));
                    CellStyle quoted = wb.createCellStyle();
                    quoted.cloneStyleFrom(text);
                    quoted.setQuotePrefixed(true);
                    Row h = sheet.createRow(0);
                    h.createCell(0).setCellValue(RosterException.text(locale, "roster.export.id"));
                    h.getCell(0).setCellStyle(head);
                    RosterField[] fields = RosterField.values();
                    for (int i = 0; i < fields.length; i++) {
                        Cell c = h.createCell(i + 1);
                        c.setCellValue(RosterException.text(locale, "roster.field." + fields[i].key()));
                        c.setCellStyle(head);
                    }
                    int r = 1;
                    for (Expert e : experts) {
                        Row row = sheet.createRow(r++);
                        put(row, 0, e.id(), text, quoted);
                        for (int i = 0; i < fields.length; i++) {
                            String v = e.get(fields[i]);
                            if (fields[i] == RosterField.TUOJU || fields[i] == RosterField.DUNDIAN) {
                                v = RosterException.text(locale, Boolean.parseBoolean(v) ? "roster.yes" : "roster.no");
                            }
                            put(row, i + 1, v, text, quoted);
                        }
                    }
                    sheet.createFreezePane(0, 1);
                    wb.write(stream);
                } finally {
                    wb.close();
                }
            });
        } catch (IOException e) {
            throw new RosterException(out, "export.failed", e, IoMessages.reason(e));
        }
    }

    private static void put(Row row, int col, String v, CellStyle text, CellStyle quoted) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(formulaLike(v) ? quoted : text);
    }
}
