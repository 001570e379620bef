package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The layout's {@code mergeDown} (T5's indicator table, as in the seed): equal consecutive 一级指标 and 二级指标
 * print as one cell merged down their rows — in the page model (row spans), in the DOCX ({@code w:vMerge} restart
 * and continue, read back with POI) and in the PDF (no cell border across the merged cell between its rows,
 * borders between the rows of the columns beside it). A row appended at the end of the draft prints in its group.
 */
class MergeDownTest {
    private static final String ID = "jxmb-2024";
    private static final TemplateDef T = TemplateRegistry.builtIn().get(ID);

    @TempDir
    Path dir;

    /** The example with an own 数量指标 appended at the end of the draft (after 满意度), as `shenbao set` would. */
    private static Draft draft() throws Exception {
        Draft d = FormExamples.load(ID);
        d.addRow("indicators", Map.of("level1", "产出指标", "level2", "数量指标", "name", "新增孵化科技企业数量",
                "unit", "家", "value", "6"));
        return d;
    }

    private static String text(Cell c) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : c.paragraphs()) {
            sb.append(p.plainText());
        }
        return sb.toString();
    }

    @Test
    void thePageModelMergesTheLevelsDownTheirRows() throws Exception {
        Table t = null;
        for (Block b : LayoutCompiler.compile(T, draft(), Locale.SIMPLIFIED_CHINESE).document().blocks()) {
            if (b instanceof Table x) {
                t = x;
            }
        }
        assertThat(t).isNotNull();
        List<Row> rows = t.rows();
        int first = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).cells().isEmpty() && text(rows.get(i).cells().get(0)).equals("产出指标")) {
                first = i;
            }
        }
        assertThat(first).isPositive();
        Row r = rows.get(first);
        // 产出指标: 7 preset + 2 own 数量指标 (one appended at the end of the draft) + 资金使用及时率
        assertThat(r.cells().get(0).rowSpan()).isEqualTo(10);
        assertThat(text(r.cells().get(1))).isEqualTo("数量指标");
        assertThat(r.cells().get(1).rowSpan()).isEqualTo(9);
        assertThat(text(r.cells().get(2))).isEqualTo("支持自由探索类基础研究项目数量");
        // the rows below carry only the cells not covered: name and value
        assertThat(rows.get(first + 1).cells()).hasSize(2);
        assertThat(text(rows.get(first + 8).cells().get(0))).isEqualTo("新增孵化科技企业数量");
        Row timely = rows.get(first + 9);
        assertThat(timely.cells()).hasSize(3);
        assertThat(text(timely.cells().get(0))).isEqualTo("时效指标");
        assertThat(timely.cells().get(0).rowSpan()).isEqualTo(1);
        Row benefit = rows.get(first + 10);
        assertThat(text(benefit.cells().get(0))).isEqualTo("效益指标");
        assertThat(benefit.cells().get(0).rowSpan()).isEqualTo(7 + 6);
        assertThat(benefit.cells().get(1).rowSpan()).isEqualTo(7);
        // the merged rows are one group kept on one page (with the heading rows above them, kept with the next)
        int from = first;
        assertThat(t.groups()).anySatisfy(g -> {
            assertThat(g[0]).isLessThanOrEqualTo(from);
            assertThat(g[1]).isEqualTo(from + 10);
        });
        assertThat(t.groups()).anySatisfy(g -> assertThat(g).containsExactly(from + 10, from + 23));
    }

    @Test
    void theDocxMarksTheMergedCellsWithVMerge() throws Exception {
        Path docx = dir.resolve("t5.docx");
        new Exporter().exportDocx(T, draft(), docx, PrintOptions.defaults(), List.of());
        List<String> level1 = new ArrayList<>();
        List<String> level2 = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            boolean inIndicators = false;
            for (XWPFTableRow row : table.getRows()) {
                List<XWPFTableCell> cells = row.getTableCells();
                if (cells.size() == 4 && cells.get(0).getText().equals("一级指标")) {
                    inIndicators = true;
                    continue;
                }
                if (inIndicators && cells.size() == 4) {
                    level1.add(merge(cells.get(0)) + cells.get(0).getText());
                    level2.add(merge(cells.get(1)) + cells.get(1).getText());
                }
            }
        }
        // restart (the text) then continue (empty) down the group's rows
        assertThat(level1).hasSize(24);
        assertThat(level1.subList(0, 10)).containsExactly("R产出指标", "C", "C", "C", "C", "C", "C", "C", "C", "C");
        assertThat(level1.subList(10, 23)).startsWith("R效益指标").containsOnly("R效益指标", "C");
        assertThat(level1.get(23)).isEqualTo("-满意度指标");
        assertThat(level2.subList(0, 10)).containsExactly("R数量指标", "C", "C", "C", "C", "C", "C", "C", "C",
                "-时效指标");
        assertThat(level2.subList(10, 17)).containsExactly("R经济效益指标", "C", "C", "C", "C", "C", "C");
        assertThat(level2.get(17)).isEqualTo("R社会效益指标");
    }

    private static String merge(XWPFTableCell c) {
        var pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return "-";
        }
        return pr.getVMerge().getVal() == STMerge.RESTART ? "R" : "C";
    }

    @Test
    void thePdfDrawsOneBoxPerMergedCell() throws Exception {
        Path pdf = dir.resolve("t5.pdf");
        new Exporter().exportPdf(T, draft(), pdf, PrintOptions.defaults(), List.of());
        List<PdfLines.Line> lines = PdfLines.read(pdf);
        PdfLines.Line label = find(lines, "产出指标");
        PdfLines.Line top = find(lines, "支持自由探索类基础研究项目数量");
        PdfLines.Line own = find(lines, "新增孵化科技企业数量");
        PdfLines.Line timely = find(lines, "资金使用及时率");
        PdfLines.Line level2 = find(lines, "数量指标");
        assertThat(List.of(label.page(), top.page(), own.page(), timely.page(), level2.page())).containsOnly(top.page());
        // the label sits inside its box, between the first and the last row of the group
        assertThat(label.y()).isLessThan(top.y()).isGreaterThan(timely.y());
        List<PdfLines.HRule> rules = PdfLines.horizontalRules(pdf).stream().filter(r -> r.page() == top.page()
                && r.y() < top.y() && r.y() > timely.y()).toList();
        float x1 = (label.x0() + label.x1()) / 2;
        float x2 = (level2.x0() + level2.x1()) / 2;
        float x3 = (top.x0() + top.x1()) / 2;
        assertThat(rules).as("no border across 产出指标 between its rows").noneMatch(r -> r.crosses(x1));
        assertThat(rules.stream().filter(r -> r.crosses(x3)).map(r -> Math.round(r.y())).distinct().count())
                .as("a border under each of its nine upper rows in the 三级指标 column").isEqualTo(9);
        // 数量指标 ends above 资金使用及时率: one border across its column there, below the appended own row
        assertThat(rules.stream().filter(r -> r.crosses(x2)).map(r -> Math.round(r.y())).distinct().toList())
                .singleElement().satisfies(y -> assertThat((float) y).isLessThan(own.y()).isGreaterThan(timely.y()));
    }

    private static PdfLines.Line find(List<PdfLines.Line> lines, String text) {
        return lines.stream().filter(l -> l.trimmed().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text + " in " + lines));
    }
}
