package cn.shenbao.app.cli;

import cn.shenbao.forms.rules.TemplateParams;
import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code fields <templateId>}: one line per field path, {@code path<TAB>label<TAB>type<TAB>constraints}.
 * Table columns appear once as {@code table[].column}, sub-fields as {@code group.sub}, and a choice
 * with an "other" option also as {@code path.other}.
 */
@Command(name = "fields", mixinStandardHelpOptions = true)
final class FieldsCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "<templateId>", descriptionKey = "templateId")
    String templateId;

    @Override
    protected int execute() throws CliFailure {
        TemplateDef t = template(templateId);
        for (String path : t.paths()) {
            FieldDef f = t.field(path);
            out().println(path + "\t" + cell(f.label()) + "\t" + f.type().name() + "\t" + cell(constraints(t, path, f)));
            if (f.otherOption() != null) {
                out().println(path + ".other\t" + cell(f.label() + "（" + f.otherOption() + "）") + "\t"
                        + FieldType.TEXT.name() + "\t" + cell("required when " + f.otherOption()));
            }
        }
        return Cli.EXIT_OK;
    }

    /**
     * The compact constraint text of a field: what its definition says (required, 字数, rows, options,
     * computation) and the limits its template's rules put on it.
     */
    static String constraints(TemplateDef t, String path, FieldDef f) {
        List<String> out = new ArrayList<>();
        // the conditions under which the field applies: its section's and its own (and its group's)
        cn.shenbao.forms.template.SectionDef section = t.sectionOf(path);
        if (section != null && section.when() != null) {
            out.add("only when " + section.when());
        }
        String[] parts = path.replace("[]", "").split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            prefix.append(prefix.length() == 0 ? "" : ".").append(part);
            FieldDef on = t.field(prefix.toString());
            if (on != null && on.when() != null) {
                out.add("only when " + on.when());
            }
        }
        if (f.required()) {
            out.add("required");
        }
        if (f.maxChars() != null) {
            out.add("max " + f.maxChars() + "字");
        }
        if (f.minRows() != null) {
            out.add("min rows " + f.minRows());
        }
        if (f.maxRows() != null) {
            out.add("max rows " + f.maxRows());
        }
        if (f.hasDependentOptions()) {
            // each option with the value of the field it belongs to (主要方向 by 重点领域)
            List<String> groups = new ArrayList<>();
            f.optionsBy().forEach((value, options) -> groups.add(value + " → " + String.join("|", options)));
            out.add("options by " + f.dependsOn() + ": " + String.join("; ", groups));
        } else if (!f.options().isEmpty()) {
            out.add("options: " + String.join("|", f.options()));
        }
        if (!f.exclusive().isEmpty()) {
            out.add("exclusive: " + String.join("|", f.exclusive()));
        }
        if (f.type() == FieldType.COMPUTED && f.compute() != null) {
            out.add("computed: " + f.compute().op() + "(" + String.join(", ", f.compute().of()) + ")");
        }
        for (RuleDef r : t.rules()) {
            String limit = ruleLimit(t, path, f, r);
            if (limit != null) {
                limit = r.when() == null ? limit : limit + " if " + r.when();
                out.add(r.severity() == Severity.WARNING ? limit + " (warning)" : limit);
            }
        }
        return String.join("; ", out);
    }

    private static String ruleLimit(TemplateDef t, String path, FieldDef f, RuleDef r) {
        boolean onField = path.equals(r.string("field"));
        boolean onTable = path.equals(r.string("table")) && r.string("column") == null;
        String unit = f.unit() == null ? "" : " " + f.unit();
        switch (r.rule()) {
            case "maxValue":
                return onField && param(t, r, "max") != null ? "≤ " + param(t, r, "max") + unit : null;
            case "minValue":
                return onField && param(t, r, "min") != null ? "≥ " + param(t, r, "min") + unit : null;
            case "dateNotAfter":
                return onField && param(t, r, "limit") != null ? "≤ " + param(t, r, "limit")
                        + (param(t, r, "minusYears") != null ? " − " + param(t, r, "minusYears") + " 年" : "") : null;
            case "dateNotBefore":
                return onField && param(t, r, "limit") != null ? "≥ " + param(t, r, "limit") : null;
            case "pattern":
                return onField && r.string("regex") != null ? "pattern: " + r.string("regex") : null;
            case "listCount":
                return onField ? range("count", param(t, r, "min"), param(t, r, "max")) : null;
            case "rowCount":
                return onTable ? range("rows", param(t, r, "min"), param(t, r, "max")) : null;
            default:
                return null;
        }
    }

    private static String range(String what, String min, String max) {
        if (min != null && max != null) {
            return what + " " + min + "–" + max;
        }
        if (min != null) {
            return "min " + what + " " + min;
        }
        return max != null ? "max " + what + " " + max : null;
    }

    /** A rule parameter, {@code $name} resolved against the template's parameters. */
    private static String param(TemplateDef t, RuleDef r, String key) {
        String v = r.string(key);
        if (v != null && v.startsWith("$")) {
            Object p = t.param(v.substring(1));
            TemplateParams.ByOption b = TemplateParams.byOption(p);
            if (b != null) { // 300 if direction=区域科技创新体系建设, 500 if … (otherwise …)
                List<String> parts = new ArrayList<>();
                b.values().keySet().forEach(o -> parts.add(b.valueFor(o) + " if " + b.by() + "=" + o));
                if (b.otherwise() != null) {
                    parts.add(b.valueFor(null) + " otherwise");
                }
                return String.join(", ", parts);
            }
            return p == null ? null : p.toString();
        }
        return v;
    }
}
