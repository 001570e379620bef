package cn.shenbao.forms.print.docx;

import cn.shenbao.forms.print.model.FieldRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The content controls of an exported DOCX: every value the layout compiler placed ({@link FieldRef}) is wrapped
 * in a {@code w:sdt} tagged with its draft path, titled with the field's label. Text gets a rich-text control
 * (one per printed line; the lines of one cell with the same tag are one value), dates a date picker, options of
 * a choice a check box ({@code w14:checkbox}); text printed for an empty value (a hint, a blank 年 月 日) is marked as the
 * control's placeholder ({@code w:showingPlcHdr}). Controls only wrap what is printed anyway: no text, no
 * paragraph and no property of a run or paragraph is added, so the layout (line breaks, pages) stays the same.
 *
 * <p>The renderer records what to wrap while it writes and {@link #apply} wraps it all when the document is
 * complete, so that the rest of the renderer (keep-with-next, groups) sees plain paragraphs and runs.
 */
final class DocxControls {
    /** ☑ and □ as the check box shows them (the printed glyphs of {@code CheckBox}). */
    static final String CHECKED_HEX = "2611";
    static final String UNCHECKED_HEX = "25A1";

    private record Job(Wml.Para paragraph, List<Wml.Run> runs, FieldRef ref, boolean checked, String checkedFont,
                       String uncheckedFont) {
    }

    private final List<Job> jobs = new ArrayList<>();
    /** Every control in document order: its tag, and the text it shows as its placeholder (null: a value). */
    private final List<String[]> written = new ArrayList<>();

    /** Runs (of one paragraph, consecutive) that print one value, or the box of one option. */
    void inline(Wml.Para paragraph, List<Wml.Run> runs, FieldRef ref, boolean checked, String checkedFont,
                String uncheckedFont) {
        if (ref != null && !runs.isEmpty()) {
            jobs.add(new Job(paragraph, List.copyOf(runs), ref, checked, checkedFont, uncheckedFont));
        }
    }

    /** Whether any value is to be wrapped (the document then declares w14 as Word does, ignorable). */
    boolean any() {
        return !jobs.isEmpty();
    }

    /**
     * Every control written, in document order (a tag may occur several times: a value printed twice, the lines of a
     * text): {tag, placeholder text or null}. Recorded in the DOCX so that a file whose controls lost their tags
     * (LibreOffice 7.4 saves controls without w:tag) can still be read by position.
     */
    List<String[]> written() {
        return List.copyOf(written);
    }

    /**
     * Wraps every recorded value in its control; when {@code editable} is not empty, every control whose path is not
     * one of them (or under one: {@code members[3]} covers {@code members[3].name}) is locked
     * ({@code sdtContentLocked}).
     */
    void apply(List<String> editable) {
        int id = 1;
        for (Job j : jobs) {
            written.add(new String[] {j.ref().tag(), j.ref().placeholder() ? text(j.runs()) : null});
            wrap(j, id++, !editable.isEmpty() && !editable(j.ref().path(), editable));
        }
    }

    /** Whether {@code path} is one of {@code editable} or lies under one. */
    static boolean editable(String path, List<String> editable) {
        for (String e : editable) {
            if (path.equals(e) || path.startsWith(e + ".") || path.startsWith(e + "[")) {
                return true;
            }
        }
        return false;
    }

    private static void wrap(Job j, int id, boolean locked) {
        List<Wml.Node> content = j.paragraph().content;
        int at = indexOf(content, j.runs().get(0));
        if (at < 0) {
            throw new IllegalStateException("content control: run not in its paragraph");
        }
        List<Wml.Node> inside = new ArrayList<>(content.subList(at, at + j.runs().size()));
        for (int i = 0; i < inside.size(); i++) {
            if (inside.get(i) != j.runs().get(i)) {
                throw new IllegalStateException("content control: runs not consecutive");
            }
        }
        content.subList(at, at + inside.size()).clear();
        // the control's run properties are those of its first run: LibreOffice formats the text of an inline
        // control by them (without, it printed a cover value in the body size), Word uses them for new text
        content.add(at, new Wml.Sdt(j.runs().get(0).pr, sdtPr(j, id, locked), inside));
    }

    private static int indexOf(List<Wml.Node> content, Wml.Run run) {
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) == run) {
                return i;
            }
        }
        return -1;
    }

    private static String text(List<Wml.Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (Wml.Run r : runs) {
            sb.append(r.plainText());
        }
        return sb.toString();
    }

    /** The control's properties after its w:rPr, in the order of CT_SdtPr. */
    private static String sdtPr(Job j, int id, boolean locked) {
        FieldRef r = j.ref();
        StringBuilder sb = new StringBuilder();
        sb.append("<w:alias w:val=\"").append(Wml.attr(r.label())).append("\"/>");
        sb.append("<w:tag w:val=\"").append(Wml.attr(r.tag())).append("\"/>");
        sb.append("<w:id w:val=\"").append(id).append("\"/>");
        if (locked) {
            sb.append("<w:lock w:val=\"sdtContentLocked\"/>");
        }
        if (r.placeholder()) {
            sb.append("<w:showingPlcHdr/>");
        }
        switch (r.kind()) {
            // one-line text too is a rich-text control: LibreOffice 7.4 prints the text of a plain-text control
            // (w:text) in the paragraph's default size, not the run's
            case TEXT -> sb.append("<w:richText/>");
            case DATE -> sb.append("<w:date><w:dateFormat w:val=\"yyyy'年'M'月'd'日'\"/><w:lid w:val=\"zh-CN\"/>")
                    .append("<w:storeMappedDataAs w:val=\"dateTime\"/><w:calendar w:val=\"gregorian\"/></w:date>");
            case LINES -> sb.append("<w:richText/>");
            case CHECK -> sb.append("<w14:checkbox><w14:checked w14:val=\"").append(j.checked() ? "1" : "0")
                    .append("\"/><w14:checkedState w14:val=\"").append(CHECKED_HEX).append("\" w14:font=\"")
                    .append(Wml.attr(j.checkedFont())).append("\"/><w14:uncheckedState w14:val=\"")
                    .append(UNCHECKED_HEX).append("\" w14:font=\"").append(Wml.attr(j.uncheckedFont()))
                    .append("\"/></w14:checkbox>");
        }
        return sb.toString();
    }
}
