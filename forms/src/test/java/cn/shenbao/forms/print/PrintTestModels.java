package cn.shenbao.forms.print;

import cn.shenbao.forms.print.model.Align;
import cn.shenbao.forms.print.model.Block;
import cn.shenbao.forms.print.model.Cell;
import cn.shenbao.forms.print.model.CheckBox;
import cn.shenbao.forms.print.model.CoverPage;
import cn.shenbao.forms.print.model.PageBreak;
import cn.shenbao.forms.print.model.Paragraph;
import cn.shenbao.forms.print.model.PrintDocument;
import cn.shenbao.forms.print.model.Row;
import cn.shenbao.forms.print.model.SignatureBlock;
import cn.shenbao.forms.print.model.Table;
import cn.shenbao.forms.print.model.TextRun;
import java.util.ArrayList;
import java.util.List;

/** A hand-built page model exercising every block type, and the texts it must print. */
final class PrintTestModels {
    static final String LONG = "本项目围绕新能源汽车动力电池产业链，组织全国学会专家开展技术诊断、联合攻关与成果转化服务。";

    private PrintTestModels() {
    }

    static Paragraph p(String text) {
        return Paragraph.of(Align.LEFT, TextRun.body(text, 10.5f));
    }

    static Paragraph h(String text) {
        return Paragraph.of(Align.LEFT, TextRun.heading(text, 12f));
    }

    static PrintDocument sample() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new CoverPage("项目编号：", "KJFWT2024-01", List.of("“科创中国”科技服务团", "项目申报书"),
                List.of(new CoverPage.Line("项目名称：", "“科创中国”新能源科技服务团"),
                        new CoverPage.Line("申报单位：", "中国汽车工程学会"),
                        new CoverPage.Line("申报日期：", "2024年5月20日")),
                "中国科协科学技术创新部制"));
        blocks.add(new PageBreak());
        blocks.add(Paragraph.of(Align.CENTER, TextRun.heading("填  报  说  明", 16f)));
        blocks.add(p("1．本申报书是申报中国科协项目的依据。").withIndent(21f));
        blocks.add(new PageBreak());
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Cell.of(h("八、项目负责人及主要参加人员（不超过20人）")).span(1, 5)));
        rows.add(Row.of(Cell.of(p("序号")), Cell.of(p("姓名")), Cell.of(p("工作单位及职务/职称")),
                Cell.of(p("联系方式")), Cell.of(p("在本项目中承担的主要工作"))));
        for (int i = 1; i <= 40; i++) {
            rows.add(Row.of(Cell.of(p(String.valueOf(i))), Cell.of(p("成员" + i)), Cell.of(p("清华大学 教授")),
                    Cell.of(p("1380013" + String.format("%04d", i))), Cell.of(p("技术诊断与联合攻关第" + i + "项"))));
        }
        blocks.add(new Table(List.of(1.0, 2.0, 4.0, 3.0, 5.0), rows, 2));
        List<Row> r2 = new ArrayList<>();
        r2.add(Row.of(Cell.of(p("所属分类")), Cell.of(Paragraph.of(Align.LEFT, new CheckBox(true, 10.5f),
                TextRun.body("改造提升传统产业", 10.5f), new CheckBox(false, 10.5f),
                TextRun.body("培育壮大新兴产业", 10.5f)))));
        r2.add(Row.of(Cell.of(p("难题问题描述")), Cell.of(p(LONG.repeat(12)), p("罕见字𠀾测试"))).splittable());
        r2.add(Row.of(Cell.of(p("申报单位（全国学会）")).span(2, 1), Cell.of(p("单位名称 中国汽车工程学会"))));
        r2.add(Row.of(Cell.of(p("统一社会信用代码 51100000500000912X"))));
        blocks.add(new Table(List.of(1.0, 4.0), r2, 0));
        blocks.add(new Table(List.of(1.0), List.of(Row.of(Cell.of(h("十一、申报单位审核意见")))), 0));
        blocks.add(new SignatureBlock("leaderSignature", "项目负责人（签名）：", "（单位公章）", "年  月  日", 40, 12f));
        blocks.add(new SignatureBlock("unitSignature", "单位负责人（签名）：", "（单位公章）", "2024年5月20日", 40, 12f));
        return new PrintDocument("“科创中国”科技服务团项目申报书", blocks);
    }

    /** Every text the sample must print (check boxes included). */
    static List<String> texts() {
        List<String> list = new ArrayList<>(List.of("项目编号：", "KJFWT2024-01", "“科创中国”科技服务团", "项目申报书",
                "项目名称：", "“科创中国”新能源科技服务团", "中国汽车工程学会", "2024年5月20日", "中国科协科学技术创新部制",
                "填报说明", "1．本申报书是申报中国科协项目的依据。", "八、项目负责人及主要参加人员（不超过20人）",
                "在本项目中承担的主要工作", "☑改造提升传统产业", "□培育壮大新兴产业", LONG, "申报单位（全国学会）",
                "51100000500000912X", "十一、申报单位审核意见", "项目负责人（签名）：", "单位负责人（签名）：", "（单位公章）",
                "年月日"));
        for (int i = 1; i <= 40; i++) {
            list.add("成员" + i);
            list.add("技术诊断与联合攻关第" + i + "项");
        }
        return list;
    }
}
