package cn.shenbao.forms.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets as staff have them, made for the tests (and the benchmark). */
public final class RosterTestFiles {
    private RosterTestFiles() {
    }

    /**
     * An .xlsx with a title row, the header in an unusual order, phones as numbers, birth dates as Excel dates
     * (with a date format) and as text, 托举/蹲点 as 是/否.
     */
    public static Path staffXlsx(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("名单");
            s.createRow(0).createCell(0).setCellValue("某某学会专家名单（2024年）");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            Row h = s.createRow(1);
            String[] heads = {"手机号码", "姓名", "单位", "出生年月", "职称", "托举", "蹲点", "电子邮箱"};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Row r = s.createRow(2);
            r.createCell(0).setCellValue(13800138000d); // a number, shown as 1.38E+10 in a narrow column
            r.createCell(1).setCellValue("张三");
            r.createCell(2).setCellValue("浙江大学");
            r.createCell(3).setCellValue(java.time.LocalDate.of(1985, 3, 2));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellValue("教授");
            r.createCell(5).setCellValue("是");
            r.createCell(6).setCellValue("否");
            r.createCell(7).setCellValue("zhangsan@zju.edu.cn");
            r = s.createRow(3);
            r.createCell(0).setCellValue("139 0013 9000");
            r.createCell(1).setCellValue("李四");
            r.createCell(2).setCellValue("浙江工业大学");
            r.createCell(3).setCellValue("1990年5月20日");
            r.createCell(4).setCellValue("副教授");
            r.createCell(5).setCellValue("否");
            r.createCell(6).setCellValue("√");
            r = s.createRow(4);
            r.createCell(0).setCellValue("1380013");
            r.createCell(1).setCellValue("王五");
            r.createCell(3).setCellValue("不详");
            wb.write(out);
        }
        return file;
    }

    /** A generated roster sheet of {@code rows} experts (SXSSF, so that 10,000 rows are quick to make). */
    public static Path generatedXlsx(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("专家");
            Row h = s.createRow(0);
            List<String> heads = List.of("姓名", "工作单位", "职务/职称", "手机", "电子邮箱", "出生日期", "托举", "蹲点", "备注");
            for (int i = 0; i < heads.size(); i++) {
                h.createCell(i).setCellValue(heads.get(i));
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 1; i <= rows; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("专家" + i);
                r.createCell(1).setCellValue("第" + (i % 50) + "研究所");
                r.createCell(2).setCellValue(i % 3 == 0 ? "研究员" : "高级工程师");
                r.createCell(3).setCellValue(13000000000d + i);
                r.createCell(4).setCellValue("e" + i + "@example.cn");
                r.createCell(5).setCellValue(java.time.LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
                r.getCell(5).setCellStyle(date);
                r.createCell(6).setCellValue(i % 10 == 0 ? "是" : "否");
                r.createCell(7).setCellValue(i % 25 == 0 ? "是" : "否");
                r.createCell(8).setCellValue("");
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }
}
