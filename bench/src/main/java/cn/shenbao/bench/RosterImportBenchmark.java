package cn.shenbao.bench;

import cn.shenbao.forms.roster.Roster;
import cn.shenbao.forms.roster.RosterFiles;
import cn.shenbao.forms.roster.RosterImport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roster import of issue 13: a generated {@code .xlsx} of {@code rows} experts (nine columns as staff have
 * them: 姓名, 工作单位, 职务/职称, 手机 as numbers, 电子邮箱, 出生日期 as Excel dates, 托举, 蹲点, 备注) read with the
 * event API and compared with a roster of 1,000 experts, 100 of whom are in the file ({@code preview}); and the
 * whole import: preview, apply, atomic save of the roster ({@code importAndSave}). Target: 10,000 rows ≤ 1.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RosterImportBenchmark {
    @Param({"10000"})
    public int rows;

    Path dir;
    Path xlsx;
    Path rosterFile;
    Roster roster;

    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("roster-bench");
        xlsx = generate(dir.resolve("专家名单.xlsx"), rows);
        roster = new Roster();
        for (int i = 0; i < 1000; i++) {
            // every tenth is a person of the file (same mobile): a duplicate to decide
            String mobile = i % 10 == 0 ? Long.toString(13000000000L + i + 1) : Long.toString(15000000000L + i);
            roster.add(cn.shenbao.forms.roster.Expert.of("库中专家" + i, "某单位", "", mobile, "", "", false, false, ""));
        }
        rosterFile = dir.resolve("学会.shenbao-roster");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public RosterImport.Preview preview() throws Exception {
        return RosterImport.preview(xlsx, roster, Map.of(), LocalDate.of(2024, 5, 24));
    }

    @Benchmark
    public int importAndSave() throws Exception {
        RosterImport.Preview p = RosterImport.preview(xlsx, roster, Map.of(), LocalDate.of(2024, 5, 24));
        RosterImport.Result r = p.apply(Map.of(), RosterImport.Decision.MERGE);
        Files.deleteIfExists(rosterFile);
        RosterFiles.save(r.roster(), rosterFile);
        return r.roster().size();
    }

    /** A roster sheet of {@code rows} experts, written with SXSSF. */
    public static Path generate(Path file, int rows) throws IOException {
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
                r.createCell(5).setCellValue(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
                r.getCell(5).setCellStyle(date);
                r.createCell(6).setCellValue(i % 10 == 0 ? "是" : "否");
                r.createCell(7).setCellValue(i % 25 == 0 ? "是" : "否");
                r.createCell(8).setCellValue("备注" + (i % 7));
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }
}
