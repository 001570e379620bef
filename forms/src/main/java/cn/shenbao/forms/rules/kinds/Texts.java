package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.rules.RuleContext;
import cn.shenbao.forms.template.FieldDef;
import java.math.BigDecimal;
import java.util.List;

/** Small helpers shared by the rule kinds. */
final class Texts {
    private Texts() {}

    /** Trimmed text (white space of any width at both ends removed). */
    static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    /** Text without any white space (for comparing names written with spacing, such as 张　三). */
    static String noSpace(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }

    /** An amount for messages: plain digits, no trailing zeros after the point. */
    static String amount(BigDecimal d) {
        if (d == null) {
            return "0";
        }
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** The unit of a field for messages, or "". */
    static String unit(FieldDef f) {
        return f == null || f.unit() == null ? "" : f.unit();
    }

    /** The labels of paths, each in “ ” and joined with ＋. */
    static String quotedLabels(RuleContext ctx, List<String> paths) {
        StringBuilder sb = new StringBuilder();
        for (String p : paths) {
            if (sb.length() > 0) {
                sb.append('＋');
            }
            sb.append('“').append(ctx.label(p)).append('”');
        }
        return sb.toString();
    }

    /** A long text shortened for a message (at most {@code max} code points, then …). */
    static String shorten(String s, int max) {
        String t = trimmed(s).replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, max)) + "…";
    }

    /** The parent path of a path ("projectPeriod" for "projectPeriod.from"), or null for a top-level path. */
    static String parent(String path) {
        int i = path.lastIndexOf('.');
        return i < 0 ? null : path.substring(0, i);
    }
}
