package cn.shenbao.app.ui.export;

import java.util.List;
import java.util.Locale;

/**
 * What the user chose in the export dialog.
 *
 * @param docx            write a Word file
 * @param pdf             write a PDF file
 * @param bindingMarginMm extra margin for binding, in millimetres (0 = none)
 * @param duplex          mirrored margins for double-sided printing
 * @param finalVersion    the final document (only without errors); otherwise a draft marked 草稿
 * @param locale          language of messages
 * @param blankForm       the empty form to fill in by hand (no values, no 草稿 mark)
 * @param editable        DOCX hand-off (docs/handoff.md): only these sections and table rows stay editable in Word,
 *                        everything else is locked ({@code PrintOptions.editable}, as {@code export --editable});
 *                        empty: no protection
 */
public record ExportOptions(boolean docx, boolean pdf, double bindingMarginMm, boolean duplex, boolean finalVersion,
                            Locale locale, boolean blankForm, List<String> editable) {
    public ExportOptions {
        if (bindingMarginMm < 0 || bindingMarginMm > 50 || Double.isNaN(bindingMarginMm)) {
            throw new IllegalArgumentException("binding margin out of range: " + bindingMarginMm);
        }
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        editable = editable == null ? List.of() : List.copyOf(editable);
    }

    public ExportOptions(boolean docx, boolean pdf, double bindingMarginMm, boolean duplex, boolean finalVersion,
                         Locale locale, boolean blankForm) {
        this(docx, pdf, bindingMarginMm, duplex, finalVersion, locale, blankForm, List.of());
    }

    public ExportOptions(boolean docx, boolean pdf, double bindingMarginMm, boolean duplex, boolean finalVersion,
                         Locale locale) {
        this(docx, pdf, bindingMarginMm, duplex, finalVersion, locale, false);
    }

    /** A draft PDF for the preview, with the same margins. */
    public ExportOptions forPreview() {
        return new ExportOptions(false, true, bindingMarginMm, duplex, finalVersion, locale, blankForm);
    }
}
