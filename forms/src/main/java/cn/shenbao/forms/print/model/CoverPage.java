package cn.shenbao.forms.print.model;

import java.util.List;
import java.util.Objects;

/**
 * A cover page: a boxed number at the top right, big title lines, label/value lines and the issuer
 * at the foot of the page. Always fills exactly one page; the next block starts on a new page.
 *
 * @param numberLabel e.g. 项目编号：
 * @param numberValue the number (empty: a blank box)
 * @param titleLines  e.g. “科创中国”科技服务团 / 项目申报书
 * @param lines       label/value lines
 * @param issuer      e.g. 中国科协科学技术创新部制
 */
public record CoverPage(String numberLabel, String numberValue, List<String> titleLines, List<Line> lines,
                        String issuer) implements Block {
    public CoverPage {
        numberLabel = numberLabel == null ? "" : numberLabel;
        numberValue = numberValue == null ? "" : numberValue;
        titleLines = List.copyOf(titleLines);
        lines = List.copyOf(lines);
        issuer = issuer == null ? "" : issuer;
    }

    /**
     * One cover line.
     *
     * @param label label, e.g. 联 系 人：
     * @param value the value, printed underlined; empty prints an underlined blank
     */
    public record Line(String label, String value) {
        public Line {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }
}
