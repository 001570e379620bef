package cn.shenbao.forms.print.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * The small part of WordprocessingML our documents use, as plain objects that write themselves as XML text in the
 * order the schema (ECMA-376 part 1, {@code wml.xsd}) requires. The renderer builds the body from these and may
 * still change a paragraph after creating it (keep-with-next of a table's rows, a content control around runs,
 * the page setup of a section); {@link #write} at the end turns everything into text in one pass.
 *
 * <p>Why not POI's XWPF: in a fresh process, loading and running POI's XmlBeans types took ≈ 0.8 s of CPU for one
 * document — the longest part of a cold {@code shenbao export} (docs/benchmarks.md). Writing the few elements we
 * use directly takes milliseconds. POI still reads DOCX files (hand-off, tests).
 */
final class Wml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Wml() {
    }

    /** Something that can stand in a body, a table cell, a header or footer, or a paragraph. */
    interface Node {
        void write(StringBuilder sb);
    }

    // ---------------------------------------------------------------- runs

    /** Run properties (w:rPr): the font by name (see {@link #fonts}), size in half points, and a few flags. */
    static final class RPr {
        String font;
        boolean bold;
        String color;
        /** Half points; 0 = not set. */
        int halfPoints;
        boolean underline;
        boolean noProof;

        boolean isEmpty() {
            return font == null && !bold && color == null && halfPoints == 0 && !underline && !noProof;
        }

        void write(StringBuilder sb) {
            if (isEmpty()) {
                return;
            }
            sb.append("<w:rPr>");
            if (font != null) {
                fonts(sb, font);
            }
            if (bold) {
                sb.append("<w:b/>");
            }
            if (noProof) {
                sb.append("<w:noProof/>");
            }
            if (color != null) {
                sb.append("<w:color w:val=\"").append(color).append("\"/>");
            }
            if (halfPoints > 0) {
                sb.append("<w:sz w:val=\"").append(halfPoints).append("\"/>");
            }
            if (underline) {
                sb.append("<w:u w:val=\"single\"/>");
            }
            sb.append("</w:rPr>");
        }
    }

    /**
     * {@code w:rFonts} for a face: 宋体 with the Latin face for Latin script (ascii, hAnsi, cs); 黑体 (headings) and
     * symbol fonts for everything; the hint says East Asian.
     */
    static void fonts(StringBuilder sb, String name) {
        String latin = DocxRenderer.BODY_FONT.equals(name) ? DocxRenderer.LATIN_FONT : name;
        sb.append("<w:rFonts w:ascii=\"").append(attr(latin)).append("\" w:hAnsi=\"").append(attr(latin))
                .append("\" w:eastAsia=\"").append(attr(name)).append("\" w:cs=\"").append(attr(latin))
                .append("\" w:hint=\"eastAsia\"/>");
    }

    /** A run: properties, then text pieces and line breaks in order. */
    static final class Run implements Node {
        final RPr pr = new RPr();
        /** Strings (text) and {@link #BREAK}. */
        final List<Object> parts = new ArrayList<>();
        /** Raw content after the properties (the watermark's w:pict), or null. */
        String raw;

        static final Object BREAK = new Object();

        Run text(String t) {
            parts.add(t);
            return this;
        }

        Run br() {
            parts.add(BREAK);
            return this;
        }

        /** The text the run shows (its w:t contents joined). */
        String plainText() {
            StringBuilder sb = new StringBuilder();
            for (Object o : parts) {
                if (o instanceof String s) {
                    sb.append(s);
                }
            }
            return sb.toString();
        }

        @Override
        public void write(StringBuilder sb) {
            sb.append("<w:r>");
            pr.write(sb);
            for (Object o : parts) {
                if (o == BREAK) {
                    sb.append("<w:br/>");
                } else {
                    sb.append("<w:t xml:space=\"preserve\">");
                    Wml.text(sb, (String) o);
                    sb.append("</w:t>");
                }
            }
            if (raw != null) {
                sb.append(raw);
            }
            sb.append("</w:r>");
        }
    }

    /** A simple field (PAGE, NUMPAGES) showing {@code run} until the reader updates it. */
    record SimpleField(String instr, Run run) implements Node {
        @Override
        public void write(StringBuilder sb) {
            sb.append("<w:fldSimple w:instr=\"").append(attr(instr)).append("\">");
            run.write(sb);
            sb.append("</w:fldSimple>");
        }
    }

    /**
     * An inline content control around runs of one paragraph: {@code sdtPr} is the control's properties after its
     * w:rPr (alias, tag, id, lock, …, kind), {@code rPr} those of its first run.
     */
    record Sdt(RPr rPr, String sdtPr, List<Node> content) implements Node {
        @Override
        public void write(StringBuilder sb) {
            sb.append("<w:sdt><w:sdtPr>");
            if (rPr != null) {
                rPr.write(sb);
            }
            sb.append(sdtPr).append("</w:sdtPr><w:sdtContent>");
            for (Node n : content) {
                n.write(sb);
            }
            sb.append("</w:sdtContent></w:sdt>");
        }
    }

    // ---------------------------------------------------------------- paragraphs and sections

    /** A paragraph: its properties (w:pPr) and content (runs, fields, controls). */
    static final class Para implements Node {
        String style;
        boolean keepNext;
        boolean pageBreakBefore;
        boolean widowControl;
        /** Twips; null = not set. */
        Integer before;
        Integer after;
        Integer line;
        boolean lineExact;
        Integer firstLine;
        /** left, center, right, both; null = not set. */
        String jc;
        /** Half points of the paragraph mark; 0 = not set. */
        int markHalfPoints;
        /** The section this paragraph ends, or null. */
        Section section;
        final List<Node> content = new ArrayList<>();

        Run addRun() {
            Run r = new Run();
            content.add(r);
            return r;
        }

        @Override
        public void write(StringBuilder sb) {
            sb.append("<w:p>");
            boolean props = style != null || keepNext || pageBreakBefore || widowControl || before != null
                    || after != null || line != null || firstLine != null || jc != null || markHalfPoints > 0
                    || section != null;
            if (props) {
                sb.append("<w:pPr>");
                if (style != null) {
                    sb.append("<w:pStyle w:val=\"").append(attr(style)).append("\"/>");
                }
                if (keepNext) {
                    sb.append("<w:keepNext/>");
                }
                if (pageBreakBefore) {
                    sb.append("<w:pageBreakBefore/>");
                }
                if (widowControl) {
                    sb.append("<w:widowControl/>");
                }
                if (before != null || after != null || line != null) {
                    sb.append("<w:spacing");
                    if (before != null) {
                        sb.append(" w:before=\"").append(before).append('"');
                    }
                    if (after != null) {
                        sb.append(" w:after=\"").append(after).append('"');
                    }
                    if (line != null) {
                        sb.append(" w:line=\"").append(line).append('"');
                        if (lineExact) {
                            sb.append(" w:lineRule=\"exact\"");
                        }
                    }
                    sb.append("/>");
                }
                if (firstLine != null) {
                    sb.append("<w:ind w:firstLine=\"").append(firstLine).append("\"/>");
                }
                if (jc != null) {
                    sb.append("<w:jc w:val=\"").append(jc).append("\"/>");
                }
                if (markHalfPoints > 0) {
                    sb.append("<w:rPr><w:sz w:val=\"").append(markHalfPoints).append("\"/></w:rPr>");
                }
                if (section != null) {
                    section.write(sb);
                }
                sb.append("</w:pPr>");
            }
            for (Node n : content) {
                n.write(sb);
            }
            sb.append("</w:p>");
        }
    }

    /** A section's page setup (w:sectPr), in twips, with the header and footer it shows. */
    static final class Section {
        String footerRel;
        String headerRel;
        /** True for a section ended inside the body (the next starts on a new page). */
        boolean nextPage;
        int width;
        int height;
        boolean landscape;
        int top;
        int bottom;
        int left;
        int right;
        int gutter;
        int header;
        int footer;

        void write(StringBuilder sb) {
            sb.append("<w:sectPr>");
            if (headerRel != null) {
                sb.append("<w:headerReference w:type=\"default\" r:id=\"").append(headerRel).append("\"/>");
            }
            if (footerRel != null) {
                sb.append("<w:footerReference w:type=\"default\" r:id=\"").append(footerRel).append("\"/>");
            }
            if (nextPage) {
                sb.append("<w:type w:val=\"nextPage\"/>");
            }
            sb.append("<w:pgSz w:w=\"").append(width).append("\" w:h=\"").append(height).append("\" w:orient=\"")
                    .append(landscape ? "landscape" : "portrait").append("\"/>");
            sb.append("<w:pgMar w:top=\"").append(top).append("\" w:right=\"").append(right).append("\" w:bottom=\"")
                    .append(bottom).append("\" w:left=\"").append(left).append("\" w:header=\"").append(header)
                    .append("\" w:footer=\"").append(footer).append("\" w:gutter=\"").append(gutter).append("\"/>");
            sb.append("</w:sectPr>");
        }
    }

    // ---------------------------------------------------------------- tables

    /** A border line: single 0.5 pt black ({@code space} written or not), or none. */
    static void border(StringBuilder sb, String side, boolean single, boolean withSpace) {
        sb.append("<w:").append(side);
        if (single) {
            sb.append(" w:val=\"single\" w:sz=\"").append(DocxRenderer.CELL_BORDER_SZ).append('"');
            if (withSpace) {
                sb.append(" w:space=\"0\"");
            }
            sb.append(" w:color=\"000000\"/>");
        } else {
            sb.append(" w:val=\"nil\"/>");
        }
    }

    /** A table with fixed layout and column widths in twips. */
    static final class Table implements Node {
        int width;
        /** right, center; null = not set. */
        String jc;
        boolean outerBorders;
        boolean insideH;
        boolean insideV;
        int padTop;
        int padLeft;
        int padBottom;
        int padRight;
        int[] grid;
        final List<TableRow> rows = new ArrayList<>();

        @Override
        public void write(StringBuilder sb) {
            sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
            if (jc != null) {
                sb.append("<w:jc w:val=\"").append(jc).append("\"/>");
            }
            sb.append("<w:tblBorders>");
            border(sb, "top", outerBorders, true);
            border(sb, "left", outerBorders, true);
            border(sb, "bottom", outerBorders, true);
            border(sb, "right", outerBorders, true);
            border(sb, "insideH", insideH, true);
            border(sb, "insideV", insideV, true);
            sb.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
            sb.append("<w:top w:w=\"").append(padTop).append("\" w:type=\"dxa\"/>");
            sb.append("<w:left w:w=\"").append(padLeft).append("\" w:type=\"dxa\"/>");
            sb.append("<w:bottom w:w=\"").append(padBottom).append("\" w:type=\"dxa\"/>");
            sb.append("<w:right w:w=\"").append(padRight).append("\" w:type=\"dxa\"/>");
            sb.append("</w:tblCellMar></w:tblPr><w:tblGrid>");
            for (int w : grid) {
                sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
            }
            sb.append("</w:tblGrid>");
            for (TableRow r : rows) {
                r.write(sb);
            }
            sb.append("</w:tbl>");
        }
    }

    /** A table row: header repetition, no split, a minimum height in twips. */
    static final class TableRow {
        boolean repeatHeader;
        boolean cantSplit;
        /** Twips, at least; 0 = not set. */
        int minHeight;
        final List<TableCell> cells = new ArrayList<>();

        void write(StringBuilder sb) {
            sb.append("<w:tr>");
            if (repeatHeader || cantSplit || minHeight > 0) {
                sb.append("<w:trPr>");
                if (cantSplit) {
                    sb.append("<w:cantSplit/>");
                }
                if (minHeight > 0) {
                    sb.append("<w:trHeight w:val=\"").append(minHeight).append("\" w:hRule=\"atLeast\"/>");
                }
                if (repeatHeader) {
                    sb.append("<w:tblHeader/>");
                }
                sb.append("</w:trPr>");
            }
            for (TableCell c : cells) {
                c.write(sb);
            }
            sb.append("</w:tr>");
        }
    }

    /** A table cell: width in twips, column span, vertical merge, a bottom border of its own, alignment. */
    static final class TableCell {
        int width;
        int gridSpan = 1;
        /** restart, continue; null = not merged. */
        String vMerge;
        boolean bottomBorder;
        /** top, center, bottom. */
        String vAlign;
        final List<Para> paragraphs = new ArrayList<>();

        void write(StringBuilder sb) {
            sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
            if (gridSpan > 1) {
                sb.append("<w:gridSpan w:val=\"").append(gridSpan).append("\"/>");
            }
            if (vMerge != null) {
                sb.append("<w:vMerge w:val=\"").append(vMerge).append("\"/>");
            }
            if (bottomBorder) {
                sb.append("<w:tcBorders>");
                border(sb, "bottom", true, false);
                sb.append("</w:tcBorders>");
            }
            if (vAlign != null) {
                sb.append("<w:vAlign w:val=\"").append(vAlign).append("\"/>");
            }
            sb.append("</w:tcPr>");
            for (Para p : paragraphs) {
                p.write(sb);
            }
            sb.append("</w:tc>");
        }
    }

    // ---------------------------------------------------------------- text

    /**
     * Escapes text for element content: {@code & < >}, and leaves out what XML 1.0 cannot carry at all (control
     * characters other than tab, line feed and carriage return; unpaired surrogates), which Word would refuse the
     * whole file for.
     */
    static void text(StringBuilder sb, String s) {
        escape(sb, s, false);
    }

    /** Escapes an attribute value (also quotes; tabs and line breaks become spaces). */
    static String attr(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        escape(sb, s, true);
        return sb.toString();
    }

    private static void escape(StringBuilder sb, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t', '\n', '\r' -> sb.append(attribute ? ' ' : c);
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        // unpaired: left out
                    } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
