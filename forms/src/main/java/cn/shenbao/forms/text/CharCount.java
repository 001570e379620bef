package cn.shenbao.forms.text;

/**
 * Counts 字数 the way reviewers count them: every character of the text except line breaks. A CJK
 * character, a Latin letter, a digit, a space and a punctuation mark (half- or full-width) each count
 * one; a character outside the Basic Multilingual Plane (such as 𠀾, two UTF-16 units) counts one; the
 * line breaks {@code \n} and {@code \r} count nothing.
 */
public final class CharCount {
    private CharCount() {}

    /** The 字数 of a text; 0 for null. */
    public static int count(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp != '\n' && cp != '\r') {
                n++;
            }
        }
        return n;
    }
}
