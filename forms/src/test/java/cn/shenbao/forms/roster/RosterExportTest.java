package cn.shenbao.forms.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterExportTest {
    @TempDir
    Path dir;

    @Test
    void cellsThatLookLikeFormulasAreTextAndTheFileImportsAgain() throws Exception {
        Roster r = new Roster();
        r.add(Expert.of("张三", "=HYPERLINK(\"http://x\",\"点\")", "+教授", "13800138000", "@z@zju.edu.cn".substring(1),
                "1985-03-02", true, false, "-1+2"));
        r.add(Expert.of("@李四", "浙江大学", "", "", "", "", false, true, ""));
        Path out = dir.resolve("专家库.xlsx");
        RosterExport.write(r.experts(), out, Locale.SIMPLIFIED_CHINESE);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).as("cell %s", c.getAddress()).isEqualTo(CellType.STRING);
                    if (RosterExport.formulaLike(c.getStringCellValue())) {
                        assertThat(c.getCellStyle().getQuotePrefixed()).as("quote prefix of %s", c.getAddress()).isTrue();
                    }
                }
            }
            assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
        }
        RosterImport.Preview p = RosterImport.preview(out, new Roster(), Map.of(), LocalDate.now());
        assertThat(p.rejected()).isEmpty();
        List<Expert> back = p.added().stream().map(RosterImport.Incoming::expert).toList();
        assertThat(back).hasSize(2);
        assertThat(back.get(0).sameContent(r.experts().get(0))).as("%s", back.get(0)).isTrue();
        assertThat(back.get(1).sameContent(r.experts().get(1))).isTrue();
    }
}
