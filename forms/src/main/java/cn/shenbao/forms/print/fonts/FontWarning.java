package cn.shenbao.forms.print.fonts;

import java.util.List;

/**
 * Characters that the chosen font cannot print.
 *
 * @param characters the characters (each a string, as some are outside the BMP)
 * @param fieldPaths the draft fields in which they occur
 * @param font       the font lacking them
 * @param fallback   the font used instead, or null when no font on this machine has them
 * @param message    localised message for the user
 */
public record FontWarning(List<String> characters, List<String> fieldPaths, String font, String fallback,
                          String message) {
    public FontWarning {
        characters = List.copyOf(characters);
        fieldPaths = List.copyOf(fieldPaths);
    }
}
