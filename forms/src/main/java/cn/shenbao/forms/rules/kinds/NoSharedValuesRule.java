package cn.shenbao.forms.rules.kinds;

import cn.shenbao.forms.draft.FieldPath;
import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.CrossDraftCheck.DraftFinding;
import cn.shenbao.forms.rules.CrossDraftCheck.NamedDraft;
import cn.shenbao.forms.rules.CrossDraftCheck.Ref;
import cn.shenbao.forms.rules.CrossRule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cross rule {@code noSharedValues} {unit, field | table+column, what, withFields, withColumns,
 * mobileColumn, normalize}: among the drafts of one unit (same trimmed value of {@code unit}), an item must
 * not appear in two drafts. The item is the value of {@code field} (joined with the values of
 * {@code withFields}: a service region is 省份 + 城市), or a row of {@code table}: its {@code column}
 * joined with {@code withColumns} (a member is name + unit), or — when {@code mobileColumn} is given — the
 * mobile number found in that column (a member is also the same person by mobile). Values are compared
 * trimmed, or with {@code normalize: "text"} after NFKC and with every space, punctuation mark and symbol
 * removed and letters in lower case (“工业视觉 质检，模型” = “工业视觉质检模型”).
 *
 * <p>Linear in the number of drafts and rows: every item is hashed once by its normalised key, never
 * compared pairwise. Each occurrence gets a finding on its own draft (the field, or the cell), naming the
 * other drafts (and carrying where the item is in each of them, {@link DraftFinding#others()}).
 * {@code what} picks the message: {@code rule.cross.noSharedValues.<what>} for member, problem, region
 * and content, else {@code rule.cross.noSharedValues}. Arguments: {0} label of the path, {1} the value
 * (long texts shortened), {2} the other drafts' names, {3} the unit.
 */
public final class NoSharedValuesRule implements CrossRule, KindInfo {
    public static final String KEY = "rule.cross.noSharedValues";
    static final List<String> WHATS = List.of("member", "problem", "region", "content");
    private static final Pattern MOBILE = Pattern.compile("(?:86)?(1[3-9]\\d{9})");

    @Override
    public String kind() {
        return "noSharedValues";
    }

    @Override
    public List<Param> params() {
        return List.of(Param.of("unit", Param.Kind.PATH), Param.of("field", Param.Kind.PATH).optional(),
                Param.of("withFields", Param.Kind.PATH).optional().many(),
                Param.of("table", Param.Kind.TABLE).optional(),
                new Param("column", Param.Kind.COLUMN, false, false, "table"),
                new Param("withColumns", Param.Kind.COLUMN, false, true, "table"),
                new Param("mobileColumn", Param.Kind.COLUMN, false, false, "table"),
                Param.of("normalize", Param.Kind.TEXT).optional(),
                Param.of("what", Param.Kind.TEXT).optional());
    }

    @Override
    public List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        keys.add(KEY);
        for (String w : WHATS) {
            keys.add(KEY + "." + w);
        }
        return keys;
    }

    /** One item of one draft: where it is, what is shown of it, the keys it is known by. */
    private record Occurrence(NamedDraft draft, String path, String value, List<String> keys) {}

    /** How values are made comparable. */
    private enum Norm {
        TRIM, TEXT;

        String apply(String s) {
            String t = Texts.trimmed(s);
            if (this == TEXT && !t.isEmpty()) {
                t = textKey(t);
            }
            return t;
        }

        static Norm of(String name) {
            return "text".equals(name) ? TEXT : TRIM;
        }
    }

    /** NFKC, then only letters, digits and marks kept (no space, punctuation, symbol or control), in lower case. */
    private static String textKey(String t) {
        String n = Normalizer.isNormalized(t, Normalizer.Form.NFKC) ? t : Normalizer.normalize(t, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            switch (Character.getType(cp)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                        Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                        Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.SPACE_SEPARATOR,
                        Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL, Character.FORMAT -> {
                    // left out
                }
                default -> sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString();
    }

    /** The mobile number in a text (digits only, an optional 86 in front), or "" when there is none. */
    static String mobile(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            }
        }
        var m = MOBILE.matcher(digits);
        return m.matches() ? m.group(1) : "";
    }

    /** The normalised comparison text (NFKC, no space, punctuation or symbol, lower case). */
    public static String normalisedText(String s) {
        return Norm.TEXT.apply(s);
    }

    @Override
    public List<DraftFinding> check(CrossDraftCheck.Context ctx) {
        String unitPath = ctx.param("unit");
        String what = ctx.param("what");
        String key = what != null && WHATS.contains(what) ? KEY + "." + what : KEY;
        Spec spec = new Spec(ctx.param("field"), ctx.def().strings("withFields"), ctx.param("table"), ctx.param("column"),
                ctx.def().strings("withColumns"), ctx.param("mobileColumn"), Norm.of(ctx.param("normalize")));
        List<DraftFinding> out = new ArrayList<>();
        for (Map.Entry<String, List<NamedDraft>> unit : MaxDraftsPerUnitRule.byUnit(ctx.drafts(), unitPath).entrySet()) {
            List<NamedDraft> drafts = unit.getValue();
            if (drafts.size() < 2) {
                continue;
            }
            Map<String, List<Occurrence>> byKey = new HashMap<>();
            List<Occurrence> all = new ArrayList<>();
            for (NamedDraft d : drafts) {
                for (Occurrence o : spec.occurrences(d)) {
                    all.add(o);
                    for (String k : o.keys()) {
                        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
                    }
                }
            }
            for (Occurrence o : all) {
                // the other drafts holding the item, each once, with where it is there
                Map<NamedDraft, Ref> others = new IdentityHashMap<>();
                List<NamedDraft> order = new ArrayList<>();
                for (String k : o.keys()) {
                    for (Occurrence p : byKey.get(k)) {
                        if (p.draft() != o.draft() && !others.containsKey(p.draft())) {
                            others.put(p.draft(), new Ref(p.draft().name(), p.path()));
                            order.add(p.draft());
                        }
                    }
                }
                if (others.isEmpty()) {
                    continue;
                }
                Set<String> names = new LinkedHashSet<>();
                List<Ref> refs = new ArrayList<>();
                for (NamedDraft d : order) {
                    names.add(d.name());
                    refs.add(others.get(d));
                }
                String label = ctx.template().labelOf(o.path());
                out.add(new DraftFinding(o.draft().name(), ctx.finding(o.path(), key, label,
                        Texts.shorten(o.value(), 40), String.join("、", names), unit.getKey()), refs));
            }
        }
        return out;
    }

    /** What one rule compares, read from its definition entry. */
    private record Spec(String field, List<String> withFields, String table, String column, List<String> withColumns,
            String mobileColumn, Norm norm) {

        List<Occurrence> occurrences(NamedDraft d) {
            List<Occurrence> out = new ArrayList<>();
            if (table != null) {
                List<Map<String, String>> rows = d.draft().rows(table);
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, String> row = rows.get(i);
                    String shown = Texts.trimmed(row.get(column));
                    List<String> keys = new ArrayList<>(2);
                    String main = norm.apply(shown);
                    if (!main.isEmpty()) {
                        StringBuilder k = new StringBuilder("v:").append(main);
                        for (String c : withColumns) {
                            k.append('\u0000').append(norm.apply(row.get(c)));
                        }
                        keys.add(k.toString());
                    }
                    String mobile = mobileColumn == null ? "" : mobile(row.get(mobileColumn));
                    if (!mobile.isEmpty()) {
                        keys.add("m:" + mobile);
                    }
                    keys.removeIf(k -> !seen.add(k)); // a row repeated inside one draft is that draft's own matter
                    if (!keys.isEmpty()) {
                        out.add(new Occurrence(d, FieldPath.cell(table, i, column), shown.isEmpty() ? mobile : shown, keys));
                    }
                }
            } else {
                String shown = Texts.trimmed(d.draft().text(field));
                String main = norm.apply(shown);
                if (!main.isEmpty()) {
                    StringBuilder k = new StringBuilder("v:").append(main);
                    for (String f : withFields) {
                        k.append('\u0000').append(norm.apply(d.draft().text(f)));
                    }
                    out.add(new Occurrence(d, field, shown, List.of(k.toString())));
                }
            }
            return out;
        }
    }
}
