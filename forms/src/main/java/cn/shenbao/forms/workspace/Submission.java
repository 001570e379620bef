package cn.shenbao.forms.workspace;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a form is handed in, from its definition's {@code params} (data, one line each, never code):
 * {@code emailSubject} the subject the notice asks for, {@code exportName} the name of the exported files,
 * both with {@code {path}} placeholders filled from the draft (科创中国: {@code 2024年“科创中国”科技服务团项目—{applicant}}),
 * {@code copies} how many paper copies, {@code copiesNote} how the notice says it (原件1份及复印件5份).
 * A form without them: no subject, files named after the draft, 1 copy.
 */
public record Submission(String subjectPattern, String namePattern, int copies, String copiesNote) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.\\[\\]]*)}");
    /** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    /** At most this many characters of a generated file name (without extension). */
    public static final int MAX_NAME = 60;

    /** The submission parameters of a template. */
    public static Submission of(TemplateDef t) {
        Object copies = t.param("copies");
        int n = 1;
        if (copies != null) {
            try {
                n = Math.max(1, Integer.parseInt(copies.toString().strip()));
            } catch (NumberFormatException e) {
                n = 1;
            }
        }
        return new Submission(text(t.param("emailSubject")), text(t.param("exportName")), n, text(t.param("copiesNote")));
    }

    private static String text(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString();
    }

    /** The e-mail subject for a draft, or null when the form names none. */
    public String subject(Draft d) {
        return subjectPattern == null ? null : fill(subjectPattern, d);
    }

    /**
     * The file name (without extension) for a draft's exports: {@code exportName} filled in, or {@code fallback}
     * when the form has none or a field it names is still empty; characters a file name cannot hold become _,
     * cut to {@value #MAX_NAME} characters.
     */
    public String fileStem(Draft d, String fallback) {
        String name = fallback;
        if (namePattern != null) {
            String filled = fill(namePattern, d);
            if (filled != null) {
                name = filled;
            }
        }
        String safe = NOT_IN_NAMES.matcher(name).replaceAll("_").strip();
        safe = safe.replaceAll("^\\.+", "_");
        if (safe.codePointCount(0, safe.length()) > MAX_NAME) {
            safe = safe.substring(0, safe.offsetByCodePoints(0, MAX_NAME));
        }
        return safe.isEmpty() ? "_" : safe;
    }

    /** The pattern with every {path} replaced by the draft's trimmed value; null when one of them is empty. */
    private static String fill(String pattern, Draft d) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = d.text(m.group(1)).strip().replaceAll("\\s+", " ");
            if (v.isEmpty()) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The placeholders of a template's patterns that name no field of it (a definition mistake). */
    public static List<String> unknownPaths(TemplateDef t) {
        List<String> out = new ArrayList<>();
        for (String key : List.of("emailSubject", "exportName")) {
            String p = text(t.param(key));
            if (p == null) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(p);
            while (m.find()) {
                if (t.field(m.group(1)) == null) {
                    out.add(key + ": {" + m.group(1) + "}");
                }
            }
        }
        return out;
    }
}
