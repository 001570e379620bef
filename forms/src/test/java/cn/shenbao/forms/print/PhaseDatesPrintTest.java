package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.layout.LayoutCompiler;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A phase row's 时间进度 with only one of its dates keeps the 年 月 日 blank of the other for the pen. */
class PhaseDatesPrintTest {
    static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");

    static List<String> cellTexts(Draft d) {
        List<String> out = new ArrayList<>();
        for (Block b : LayoutCompiler.compile(T, d, Locale.SIMPLIFIED_CHINESE).document().blocks()) {
            if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    for (Cell c : r.cells()) {
                        out.add(c.paragraphs().stream().map(Paragraph::plainText).collect(Collectors.joining("\n")));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void onlyTheStartDateLeavesTheEndBlank() {
        Draft d = new Draft(T.id(), T.version());
        d.set("phases[0].stage", "第一阶段");
        d.set("phases[0].from", "2024-06-01");
        assertThat(cellTexts(d)).contains("2024年6月1日至\n年 月 日");
    }

    @Test
    void onlyTheEndDateLeavesTheStartBlank() {
        Draft d = new Draft(T.id(), T.version());
        d.set("phases[0].stage", "第一阶段");
        d.set("phases[0].to", "2024-08-31");
        assertThat(cellTexts(d)).contains("年 月 日至\n2024年8月31日");
    }

    @Test
    void bothDatesAndNoDatesPrintAsBefore() {
        Draft d = new Draft(T.id(), T.version());
        d.set("phases[0].stage", "第一阶段");
        d.set("phases[0].from", "2024-06-01");
        d.set("phases[0].to", "2024-08-31");
        d.set("phases[1].stage", "第二阶段");
        List<String> texts = cellTexts(d);
        assertThat(texts).contains("2024年6月1日至\n2024年8月31日", "年 月 日至\n年 月 日");
    }
}
