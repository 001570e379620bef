package cn.shenbao.forms.print.pdf;

import cn.shenbao.forms.print.text.LineBreaking;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * iText's split characters of one Text element after {@link LineBreaking}: a glyph is a split character when the
 * line may break after it. The glyph after the element's last one is the first character of the next element
 * ({@code next}, -1 at the end of the paragraph), so the rules hold where the font changes (2024 in the Latin
 * face, ， in the 宋体 face): in iText's HTML rendering mode a line breaks between two Text elements only after
 * a split character.
 */
final class KinsokuSplitCharacters implements ISplitCharacters {
    private final int next;
    private final LineBreaking.Token token;

    KinsokuSplitCharacters(int next, LineBreaking.Token token) {
        this.next = next;
        this.token = token;
    }

    LineBreaking.Token token() {
        return token;
    }

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int cp = unicode(text.get(glyphPos));
        int after = glyphPos + 1 < text.size() ? unicode(text.get(glyphPos + 1)) : next;
        if (glyphPos + 1 >= text.size()) {
            // the last glyph of the element: the token (if any) ends here, ordinary rules apply to the next one
            return LineBreaking.mayBreak(cp, after, LineBreaking.Token.NONE);
        }
        return LineBreaking.mayBreak(cp, after, token);
    }

    private static int unicode(Glyph g) {
        if (g.hasValidUnicode()) {
            return g.getUnicode();
        }
        char[] c = g.getChars();
        return c != null && c.length > 0 ? Character.codePointAt(c, 0) : 0xFFFD;
    }
}
