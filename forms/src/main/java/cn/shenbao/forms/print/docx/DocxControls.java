package cn.shenbao.forms.print.docx;

import cn.shenbao.forms.print.model.FieldRef;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;

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
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** ☑ and □ as the check box shows them (the printed glyphs of {@code CheckBox}). */
    static final String CHECKED_HEX = "2611";
    static final String UNCHECKED_HEX = "25A1";

    private record Job(List<XmlObject> elements, FieldRef ref, boolean checked, String checkedFont,
                       String uncheckedFont) {
    }

    private final List<Job> jobs = new ArrayList<>();
    /** Every control in document order: its tag, and the text it shows as its placeholder (null: a value). */
    private final List<String[]> written = new ArrayList<>();

    /** Runs (of one paragraph, consecutive) that print one value, or the box of one option. */
    void inline(List<? extends XmlObject> runs, FieldRef ref, boolean checked, String checkedFont,
                String uncheckedFont) {
        if (ref != null && !runs.isEmpty()) {
            jobs.add(new Job(List.copyOf(runs), ref, checked, checkedFont, uncheckedFont));
        }
    }

    /**
     * Every control written, in document order (a tag may occur several times: a value printed twice, the lines of a
     * text): {tag, placeholder text or null}. Recorded in the DOCX so that a file whose controls lost their tags
     * (LibreOffice 7.4 saves controls without w:tag) can still be read by position.
     */
    List<String[]> written() {
        return List.copyOf(written);
    }

    /** Wraps every recorded value in its control; declares w14 on the document as Word does (ignorable). */
    void apply(XmlObject documentRoot) {
        if (jobs.isEmpty()) {
            return;
        }
        try (XmlCursor root = documentRoot.newCursor()) {
            root.toNextToken();
            root.insertNamespace("w14", W14);
            root.insertNamespace("mc", MC);
            root.insertAttributeWithValue(new QName(MC, "Ignorable", "mc"), "w14");
        }
        int id = 1;
        for (Job j : jobs) {
            written.add(new String[] {j.ref().tag(), j.ref().placeholder() ? text(j.elements()) : null});
            wrap(j, id++);
        }
    }

    private static void wrap(Job j, int id) {
        XmlObject pr;
        try {
            pr = XmlObject.Factory.parse(sdtPr(j, id));
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
        try (XmlCursor at = j.elements().get(0).newCursor()) {
            at.beginElement(new QName(W, "sdt", "w"));
            try (XmlCursor src = pr.newCursor()) {
                src.toFirstChild();
                src.copyXml(at);
            }
            // the control's run properties are those of its first run: LibreOffice formats the text of an inline
            // control by them (without, it printed a cover value in the body size), Word uses them for new text
            XmlObject firstRun = firstRun(j.elements().get(0));
            if (firstRun != null) {
                try (XmlCursor rpr = firstRun.newCursor(); XmlCursor into = at.newCursor()) {
                    if (rpr.toChild(new QName(W, "rPr"))) {
                        into.toPrevSibling(); // the sdtPr just copied
                        into.toFirstChild(); // its first child (w:rPr comes first in CT_SdtPr)
                        rpr.copyXml(into);
                    }
                }
            }
            at.beginElement(new QName(W, "sdtContent", "w"));
            for (XmlObject e : j.elements()) {
                try (XmlCursor c = e.newCursor()) {
                    c.moveXml(at);
                }
            }
        }
    }

    private static String text(List<XmlObject> runs) {
        StringBuilder sb = new StringBuilder();
        for (XmlObject r : runs) {
            try (XmlCursor c = r.newCursor()) {
                sb.append(c.getTextValue());
            }
        }
        return sb.toString();
    }

    /** The run itself, or the first run of a paragraph; null when there is none. */
    private static XmlObject firstRun(XmlObject e) {
        try (XmlCursor c = e.newCursor()) {
            if (W.equals(c.getName().getNamespaceURI()) && "r".equals(c.getName().getLocalPart())) {
                return e;
            }
            return c.toChild(new QName(W, "r")) ? c.getObject() : null;
        }
    }

    private static String sdtPr(Job j, int id) {
        FieldRef r = j.ref();
        StringBuilder sb = new StringBuilder("<w:sdtPr xmlns:w=\"").append(W).append("\" xmlns:w14=\"").append(W14)
                .append("\">");
        sb.append("<w:alias w:val=\"").append(attr(r.label())).append("\"/>");
        sb.append("<w:tag w:val=\"").append(attr(r.tag())).append("\"/>");
        sb.append("<w:id w:val=\"").append(id).append("\"/>");
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
                    .append(attr(j.checkedFont())).append("\"/><w14:uncheckedState w14:val=\"").append(UNCHECKED_HEX)
                    .append("\" w14:font=\"").append(attr(j.uncheckedFont())).append("\"/></w14:checkbox>");
        }
        return sb.append("</w:sdtPr>").toString();
    }

    private static String attr(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
