package cn.shenbao.forms.print.model;

import java.util.List;
import java.util.Objects;

/**
 * A cover page: an optional mark at the top left (附件3), an optional boxed number at the top right, big title
 * lines, label/value lines and the issuer at the foot of the page. Always exactly one page (long values shrink,
 * see {@link CoverMetrics#valueSize}); the next block starts on a new page.
 *
 * @param mark        e.g. 附件3; empty for none
 * @param numberLabel e.g. 项目编号：; empty for no number box
 * @param numberValue the number (empty: a blank box)
 * @param titleLines  e.g. “科创中国”科技服务团 / 项目申报书
 * @param lines       label/value lines
 * @param issuer      e.g. 中国科协科学技术创新部制
 * @param metrics     sizes of this cover
 * @param numberField the draft value of the number (a content control in the DOCX), or null
 */
public record CoverPage(String mark, String numberLabel, String numberValue, List<String> titleLines,
                        List<Line> lines, String issuer, CoverMetrics metrics, FieldRef numberField) implements Block {
    public CoverPage(String mark, String numberLabel, String numberValue, List<String> titleLines,
                     List<Line> lines, String issuer, CoverMetrics metrics) {
        this(mark, numberLabel, numberValue, titleLines, lines, issuer, metrics, null);
    }

    public CoverPage {
        mark = mark == null ? "" : mark;
        numberLabel = numberLabel == null ? "" : numberLabel;
        numberValue = numberValue == null ? "" : numberValue;
        titleLines = List.copyOf(titleLines);
        lines = List.copyOf(lines);
        issuer = issuer == null ? "" : issuer;
        metrics = metrics == null ? CoverMetrics.DEFAULT : metrics;
    }

    public CoverPage(String numberLabel, String numberValue, List<String> titleLines, List<Line> lines,
                     String issuer) {
        this("", numberLabel, numberValue, titleLines, lines, issuer, CoverMetrics.DEFAULT);
    }

    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.cover(this);
    }

    /**
     * One cover line.
     *
     * @param label       label, e.g. 联 系 人：
     * @param value       the value, printed underlined; empty prints an underlined blank
     * @param placeholder the value is the form's own placeholder (“科创中国”XXXX科技服务团), printed grey
     * @param field       the draft value of the line (a content control in the DOCX), or null
     */
    public record Line(String label, String value, boolean placeholder, FieldRef field) {
        public Line(String label, String value, boolean placeholder) {
            this(label, value, placeholder, null);
        }

        public Line {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }

        public Line(String label, String value) {
            this(label, value, false);
        }
    }
}
