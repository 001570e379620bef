package cn.shenbao.forms.print.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A paragraph of inline runs.
 *
 * @param inlines           runs, check boxes and line breaks
 * @param align             horizontal alignment
 * @param spaceBeforePt     space above
 * @param spaceAfterPt      space below
 * @param firstLineIndentPt indentation of the first line (two CJK characters for running text)
 * @param lineSpacing       line height as a multiple of the font size (1.0 = single)
 * @param field             the draft value this paragraph is (a line of): consecutive paragraphs of one cell with
 *                          the same field are one content control in the DOCX; null for none
 */
public record Paragraph(List<Inline> inlines, Align align, float spaceBeforePt, float spaceAfterPt,
                        float firstLineIndentPt, float lineSpacing, FieldRef field) implements Block {
    public Paragraph(List<Inline> inlines, Align align, float spaceBeforePt, float spaceAfterPt,
                     float firstLineIndentPt, float lineSpacing) {
        this(inlines, align, spaceBeforePt, spaceAfterPt, firstLineIndentPt, lineSpacing, null);
    }

    public Paragraph {
        inlines = List.copyOf(inlines);
        Objects.requireNonNull(align, "align");
        if (lineSpacing <= 0) {
            lineSpacing = 1.0f;
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.paragraph(this);
    }

    public static Paragraph of(Align align, Inline... inlines) {
        return new Paragraph(List.of(inlines), align, 0, 0, 0, 1.15f);
    }

    public Paragraph withSpacing(float before, float after) {
        return new Paragraph(inlines, align, before, after, firstLineIndentPt, lineSpacing, field);
    }

    public Paragraph withIndent(float firstLineIndent) {
        return new Paragraph(inlines, align, spaceBeforePt, spaceAfterPt, firstLineIndent, lineSpacing, field);
    }

    public Paragraph withLineSpacing(float spacing) {
        return new Paragraph(inlines, align, spaceBeforePt, spaceAfterPt, firstLineIndentPt, spacing, field);
    }

    /** This paragraph as (a line of) a draft value. */
    public Paragraph withField(FieldRef f) {
        return new Paragraph(inlines, align, spaceBeforePt, spaceAfterPt, firstLineIndentPt, lineSpacing, f);
    }

    /** The plain text of this paragraph (check boxes as □/☑, line breaks as \n). */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Inline in : inlines) {
            if (in instanceof TextRun t) {
                sb.append(t.text());
            } else if (in instanceof CheckBox c) {
                sb.append(c.glyph());
            } else {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** The largest font size among the inlines, or the given default when there are none. */
    public float maxSize(float dflt) {
        float max = 0;
        for (Inline in : inlines) {
            if (in instanceof TextRun t) {
                max = Math.max(max, t.sizePt());
            } else if (in instanceof CheckBox c) {
                max = Math.max(max, c.sizePt());
            }
        }
        return max == 0 ? dflt : max;
    }

    /** Builder collecting inlines. */
    public static final class Builder {
        private final List<Inline> inlines = new ArrayList<>();
        private Align align = Align.LEFT;
        private float before;
        private float after;
        private float indent;
        private float lineSpacing = 1.15f;

        public Builder add(Inline in) {
            inlines.add(in);
            return this;
        }

        public Builder align(Align a) {
            this.align = a;
            return this;
        }

        public Builder spacing(float b, float a) {
            this.before = b;
            this.after = a;
            return this;
        }

        public Builder indent(float i) {
            this.indent = i;
            return this;
        }

        public Builder lineSpacing(float s) {
            this.lineSpacing = s;
            return this;
        }

        public boolean isEmpty() {
            return inlines.isEmpty();
        }

        public Paragraph build() {
            return new Paragraph(inlines, align, before, after, indent, lineSpacing);
        }
    }
}
