package cn.shenbao.forms.print;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How to print.
 *
 * @param bindingMarginMm extra margin for binding (gutter) in millimetres, on the left (inside when duplex); 0–50
 * @param duplex          mirrored margins for double-sided printing: the gutter is on the right of even pages
 * @param pageNumbers     print page numbers in the footer (第 X 页 共 Y 页)
 * @param draftWatermark  print a diagonal 草稿 watermark on every page
 * @param fingerprint     short fingerprint of the draft's values printed in every footer, or null for none
 * @param locale          language of messages and warnings (not of the printed form, which stays Chinese)
 * @param bodyFont        a font file to use for body text instead of the automatic choice, or null
 * @param headingFont     a font file to use for headings instead of the automatic choice, or null
 * @param blankForm       print the empty form to fill in by hand, whatever the draft holds: no 草稿 mark (an
 *                        empty form has errors by nature), no fingerprint, the form's own placeholders in grey
 * @param contentControls DOCX only: every value in a content control tagged with its path, and the draft inside
 *                        the file, so that what people change in Word or WPS can be read back (default on; they
 *                        change nothing on paper)
 */
public record PrintOptions(double bindingMarginMm, boolean duplex, boolean pageNumbers, boolean draftWatermark,
                           String fingerprint, Locale locale, Path bodyFont, Path headingFont, boolean blankForm,
                           boolean contentControls) {
    public PrintOptions {
        if (Double.isNaN(bindingMarginMm) || bindingMarginMm < 0 || bindingMarginMm > 50) {
            throw new IllegalArgumentException(PrintMessages.get(locale, "options.binding", bindingMarginMm));
        }
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        fingerprint = fingerprint == null || fingerprint.isBlank() ? null : fingerprint.strip();
    }

    public PrintOptions(double bindingMarginMm, boolean duplex, boolean pageNumbers, boolean draftWatermark,
                        String fingerprint, Locale locale) {
        this(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, locale, null, null, false, true);
    }

    public PrintOptions(double bindingMarginMm, boolean duplex, boolean pageNumbers, boolean draftWatermark,
                        String fingerprint, Locale locale, Path bodyFont, Path headingFont) {
        this(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, locale, bodyFont, headingFont, false, true);
    }

    public PrintOptions(double bindingMarginMm, boolean duplex, boolean pageNumbers, boolean draftWatermark,
                        String fingerprint, Locale locale, Path bodyFont, Path headingFont, boolean blankForm) {
        this(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, locale, bodyFont, headingFont, blankForm,
                true);
    }

    /** Defaults: no binding margin, simplex, page numbers, no watermark, no fingerprint, Chinese. */
    public static PrintOptions defaults() {
        return new PrintOptions(0, false, true, false, null, Locale.SIMPLIFIED_CHINESE, null, null, false, true);
    }

    public PrintOptions withBindingMarginMm(double mm) {
        return new PrintOptions(mm, duplex, pageNumbers, draftWatermark, fingerprint, locale, bodyFont, headingFont, blankForm, contentControls);
    }

    public PrintOptions withDuplex(boolean d) {
        return new PrintOptions(bindingMarginMm, d, pageNumbers, draftWatermark, fingerprint, locale, bodyFont,
                headingFont, blankForm, contentControls);
    }

    public PrintOptions withPageNumbers(boolean p) {
        return new PrintOptions(bindingMarginMm, duplex, p, draftWatermark, fingerprint, locale, bodyFont,
                headingFont, blankForm, contentControls);
    }

    public PrintOptions withDraftWatermark(boolean w) {
        return new PrintOptions(bindingMarginMm, duplex, pageNumbers, w, fingerprint, locale, bodyFont, headingFont, blankForm, contentControls);
    }

    public PrintOptions withFingerprint(String f) {
        return new PrintOptions(bindingMarginMm, duplex, pageNumbers, draftWatermark, f, locale, bodyFont,
                headingFont, blankForm, contentControls);
    }

    public PrintOptions withLocale(Locale l) {
        return new PrintOptions(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, l, bodyFont,
                headingFont, blankForm, contentControls);
    }

    public PrintOptions withFonts(Path body, Path heading) {
        return new PrintOptions(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, locale, body,
                heading, blankForm, contentControls);
    }

    public PrintOptions withBlankForm(boolean b) {
        return new PrintOptions(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, locale, bodyFont,
                headingFont, b, contentControls);
    }

    public PrintOptions withContentControls(boolean c) {
        return new PrintOptions(bindingMarginMm, duplex, pageNumbers, draftWatermark, fingerprint, locale, bodyFont,
                headingFont, blankForm, c);
    }
}
