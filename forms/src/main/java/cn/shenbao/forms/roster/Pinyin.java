package cn.shenbao.forms.roster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of Chinese names, for searching a roster by {@code zs} for 张三. The readings come from
 * pinyin4j (its table of every CJK character in the BMP, offline, 0.2 MB); a character with several readings
 * (单 dān/shàn, 曾 zēng/céng) matches by any of them. Letters and digits stand for themselves.
 */
public final class Pinyin {
    private static final Map<Character, char[]> CACHE = new ConcurrentHashMap<>();

    private Pinyin() {
    }

    /** The possible initials of each character of {@code text} (characters without a reading are left out). */
    public static List<char[]> initials(String text) {
        List<char[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char[] set = CACHE.computeIfAbsent(c, Pinyin::initialsOf);
            if (set.length > 0) {
                out.add(set);
            }
        }
        return out;
    }

    private static char[] initialsOf(char c) {
        if (c < 128) {
            char l = Character.toLowerCase(c);
            return Character.isLetterOrDigit(l) ? new char[] {l} : new char[0];
        }
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c);
        } catch (RuntimeException e) {
            readings = null;
        }
        if (readings == null) {
            return new char[0];
        }
        Set<Character> s = new LinkedHashSet<>();
        for (String r : readings) {
            if (!r.isEmpty()) {
                s.add(Character.toLowerCase(r.charAt(0)));
            }
        }
        char[] a = new char[s.size()];
        int i = 0;
        for (char x : s) {
            a[i++] = x;
        }
        return a;
    }

    /** Whether {@code query} (lower-case letters) is the start of the initials of {@code name}, by any reading. */
    public static boolean initialsMatch(String name, String query) {
        List<char[]> ini = initials(name);
        String q = query.toLowerCase(Locale.ROOT);
        if (q.length() > ini.size()) {
            return false;
        }
        for (int i = 0; i < q.length(); i++) {
            boolean any = false;
            for (char c : ini.get(i)) {
                if (c == q.charAt(i)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The initials by the first reading of each character: {@code zs} for 张三. */
    public static String firstInitials(String name) {
        StringBuilder sb = new StringBuilder();
        for (char[] c : initials(name)) {
            sb.append(c[0]);
        }
        return sb.toString();
    }
}
