package cn.shenbao.forms.print.model;

/**
 * A font-independent estimate of how wide a text prints, in ems (multiples of the font size): CJK characters
 * and full-width punctuation 1 em, Latin letters, digits and ASCII punctuation about 0.55 em (proportional serif
 * faces average 0.5, monospaced ones 0.6). Used where both back ends must take the same decision before either
 * lays out text (the size of a long cover value).
 */
public final class TextMeasure {
    private TextMeasure() {
    }

    public static float ems(String s) {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cp < 0x2E80 ? 0.6f : 1f;
            i += Character.charCount(cp);
        }
        return w;
    }
}
