package cn.shenbao.forms.print.fonts;

import cn.shenbao.forms.print.PrintMessages;
import cn.shenbao.forms.print.model.FontRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks that the chosen fonts can print every character of the entered values. */
public final class FontPreflight {
    private FontPreflight() {
    }

    /**
     * Lists characters that the body font lacks, with the field paths they occur in and the fallback used.
     *
     * @param fonts  the chosen fonts
     * @param values field path → entered text
     * @param locale language of the messages
     */
    public static List<FontWarning> check(FontSetup fonts, Map<String, String> values, Locale locale) {
        // fallback name (or "") → character → paths
        Map<String, Map<String, Set<String>>> byFallback = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String text = e.getValue();
            if (text == null) {
                continue;
            }
            text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                            && cp != 0x3000 && cp != 0xFEFF)
                    .distinct().forEach(cp -> {
                        if (fonts.usable(fonts.body()).hasGlyph(cp)) {
                            return;
                        }
                        FontFace f = fonts.faceFor(FontRole.BODY, cp);
                        if (f != null && f.equals(fonts.installedFace(fonts.body()))) {
                            // a character the shipped subset of the body face lacks, printed by the installed
                            // face itself (BundledFonts): the body font has it
                            return;
                        }
                        String key = f == null ? "" : f.name();
                        byFallback.computeIfAbsent(key, k -> new LinkedHashMap<>())
                                .computeIfAbsent(new String(Character.toChars(cp)), k -> new LinkedHashSet<>())
                                .add(e.getKey());
                    });
        }
        List<FontWarning> warnings = new ArrayList<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : byFallback.entrySet()) {
            List<String> chars = new ArrayList<>(e.getValue().keySet());
            Set<String> paths = new LinkedHashSet<>();
            e.getValue().values().forEach(paths::addAll);
            String fallback = e.getKey().isEmpty() ? null : e.getKey();
            String msg = PrintMessages.get(locale, "font.missingGlyph", fonts.body().name(),
                    String.join(" ", chars.stream().map(c -> c + " (U+" + Integer.toHexString(c.codePointAt(0))
                            .toUpperCase(Locale.ROOT) + ")").toList()), String.join(", ", paths))
                    + (fallback != null ? PrintMessages.get(locale, "font.missingGlyph.fallback", fallback)
                    : PrintMessages.get(locale, "font.missingGlyph.none"));
            warnings.add(new FontWarning(chars, new ArrayList<>(paths), fonts.body().name(), fallback, msg));
        }
        return warnings;
    }
}
