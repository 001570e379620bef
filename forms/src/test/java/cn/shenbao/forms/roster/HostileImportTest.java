package cn.shenbao.forms.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile files of issue 13 for the import: each is refused (or read safely) within a bounded time, with a
 * Chinese message naming the file, and the roster file is not changed. Memory is bounded by construction (a
 * capped read of at most 32 MiB for CSV, the sheet streamed, {@link SheetRows#MAX_ROWS}); the tests run in the
 * build's 2 GB heap and would fail with an OutOfMemoryError if a file were inflated or held whole.
 */
class HostileImportTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    private Path rosterWithOne() throws RosterException {
        Roster r = new Roster();
        r.add(Expert.of("张三", "浙江大学", "", "13800138000", "", "", false, false, ""));
        Path file = dir.resolve("学会.shenbao-roster");
        RosterFiles.save(r, file);
        return file;
    }

    private void refused(Path input, String key, String... words) throws Exception {
        Path rosterFile = rosterWithOne();
        byte[] before = Files.readAllBytes(rosterFile);
        assertTimeoutPreemptively(BOUND, () -> {
            assertThatThrownBy(() -> RosterImport.preview(input, RosterFiles.load(rosterFile), Map.of(), LocalDate.now()))
                    .isInstanceOf(RosterException.class)
                    .satisfies(e -> {
                        RosterException re = (RosterException) e;
                        assertThat(re.key()).isEqualTo(key);
                        String m = re.message(ZH);
                        assertThat(m).contains(input.getFileName().toString()).contains("未导入");
                        for (String w : words) {
                            assertThat(m).contains(w);
                        }
                    });
        });
        assertThat(Files.readAllBytes(rosterFile)).isEqualTo(before);
    }

    @Test
    void aZipBombDisguisedAsXlsxIsRefusedWithoutInflatingIt() throws Exception {
        // a valid-looking package whose sheet inflates 300 MB of spaces from a few hundred KB
        Path bomb = dir.resolve("专家名单.xlsx");
        try (ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(bomb)))) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                z.write(spaces);
            }
            z.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        refused(bomb, "import.zipBomb", "压缩炸弹");
    }

    private static void put(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    @Test
    void aMillionRowCsvIsRefusedQuickly() throws Exception {
        Path big = dir.resolve("一百万行.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            out.write("姓名,手机\n".getBytes(StandardCharsets.UTF_8));
            byte[] line = "张,1\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(line);
            }
        }
        refused(big, "import.tooManyRows", "20000");
        // and a large one with long rows is refused on its size, before it is parsed
        Path huge = dir.resolve("大文件.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 16)) {
            byte[] line = "张三,浙江大学计算机科学与技术学院人工智能研究所,13800138000,zhangsan@example.com\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(line);
            }
        }
        refused(huge, "import.tooLarge", "拆分");
    }

    @Test
    void aCsvWithMixedEncodingsIsRefusedNamingTheLine() throws Exception {
        Path mixed = dir.resolve("混合.csv");
        try (OutputStream out = Files.newOutputStream(mixed)) {
            out.write("姓名,工作单位\n张三,浙江大学\n李四,浙江工业大学\n".getBytes(StandardCharsets.UTF_8));
            out.write("王五,宁波大学\n".getBytes(Charset.forName("GBK")));
            out.write("赵六,温州大学\n".getBytes(StandardCharsets.UTF_8));
        }
        refused(mixed, "import.mixedEncoding", "第 4 行", "GBK");
    }

    @Test
    void aSheetWithFormulasAndMergedCellsIsReadByItsValuesNeverRunningAFormula() throws Exception {
        Path f = dir.resolve("公式.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet();
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("工作单位");
            h.createCell(2).setCellValue("手机");
            h.createCell(3).setCellValue("备注");
            for (int i = 1; i <= 3; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("专家" + i);
                r.createCell(2).setCellFormula("13800138000+" + i);
                r.createCell(3).setCellFormula("HYPERLINK(\"http://example.invalid\",\"点我\")");
            }
            s.getRow(1).createCell(1).setCellValue("浙江大学");
            s.addMergedRegion(new CellRangeAddress(1, 3, 1, 1)); // 工作单位 merged over three rows
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves the results with the formulas
            wb.write(out);
        }
        RosterImport.Preview p = assertTimeoutPreemptively(BOUND,
                () -> RosterImport.preview(f, new Roster(), Map.of(), LocalDate.now()));
        assertThat(p.added()).extracting(a -> a.expert().unit()).containsExactly("浙江大学", "浙江大学", "浙江大学");
        assertThat(p.added()).extracting(a -> a.expert().mobile()).containsExactly("13800138001", "13800138002", "13800138003");
        assertThat(p.added()).extracting(a -> a.expert().notes()).containsOnly("点我");
        assertThat(p.noteTexts(ZH)).anySatisfy(n -> assertThat(n).contains("公式").contains("不会执行"))
                .anySatisfy(n -> assertThat(n).contains("合并单元格"));
    }

    @Test
    void aFormulaWithoutASavedResultIsEmptyAndSaidSo() throws Exception {
        Path f = dir.resolve("未计算.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet();
            s.createRow(0).createCell(0).setCellValue("姓名");
            s.getRow(0).createCell(1).setCellValue("手机");
            s.createRow(1).createCell(0).setCellValue("张三");
            s.getRow(1).createCell(1).setCellFormula("A1&\"x\"");
            wb.write(out);
        }
        RosterImport.Preview p = RosterImport.preview(f, new Roster(), Map.of(), LocalDate.now());
        assertThat(p.added()).singleElement().satisfies(a -> assertThat(a.expert().mobile()).isEmpty());
        assertThat(p.noteTexts(ZH)).anySatisfy(n -> assertThat(n).contains("没有保存计算结果"));
    }
}
