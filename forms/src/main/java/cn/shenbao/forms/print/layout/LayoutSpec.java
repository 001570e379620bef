package cn.shenbao.forms.print.layout;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The paper layout file ({@code <id>.print.json}) as typed records, read once per template by {@link PrintLayout}
 * (unknown keys are refused) and checked against the template by {@link LayoutCheck} when the template registry
 * loads. Every key is described in docs/printing.md. Absent optional values are null here; the defaults live in
 * the accessors with a {@code Or} suffix, so that the compiler never guesses.
 */
public final class LayoutSpec {
    private LayoutSpec() {
    }

    /**
     * The whole file.
     *
     * @param template    the template id it lays out (must equal the file name's id)
     * @param bodySize    body text size in table cells (pt), default 10.5 (五号)
     * @param textSize    size of the narrative long texts (indented cells), default {@code bodySize}
     * @param headingSize size of section headings (pt), default 12
     * @param lineSpacing line pitch as a multiple of the font size, shared by DOCX and PDF; default 1.5
     * @param texts       the form's own fixed texts (blanks), see {@link Texts}
     * @param parts       what is printed, in order
     */
    public record File(String template, Float bodySize, Float textSize, Float headingSize, Float lineSpacing,
                       Texts texts, List<Part> parts) {
        public float bodySizeOr() {
            return bodySize == null ? 10.5f : bodySize;
        }

        public float textSizeOr() {
            return textSize == null ? bodySizeOr() : textSize;
        }

        public float headingSizeOr() {
            return headingSize == null ? 12f : headingSize;
        }

        public float lineSpacingOr() {
            return lineSpacing == null ? 1.5f : lineSpacing;
        }

        public Texts textsOr() {
            return texts == null ? new Texts(null, null) : texts;
        }
    }

    /**
     * Fixed texts that belong to a form, not to the program.
     *
     * @param dateBlank the blank printed for an empty date, e.g. {@code 年   月   日}
     * @param ellipsis  the text of the row after blank table rows, e.g. {@code ……}
     */
    public record Texts(String dateBlank, String ellipsis) {
        public String dateBlankOr() {
            return dateBlank == null ? "年   月   日" : dateBlank;
        }

        public String ellipsisOr() {
            return ellipsis == null ? "……" : ellipsis;
        }
    }

    /** One part of the layout; {@code type} names the kind. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Cover.class, name = "cover"),
        @JsonSubTypes.Type(value = Instructions.class, name = "instructions"),
        @JsonSubTypes.Type(value = TablePart.class, name = "table"),
        @JsonSubTypes.Type(value = Signature.class, name = "signature"),
        @JsonSubTypes.Type(value = Signatures.class, name = "signatures"),
        @JsonSubTypes.Type(value = ParagraphPart.class, name = "paragraph"),
        @JsonSubTypes.Type(value = PageBreakPart.class, name = "pageBreak"),
        @JsonSubTypes.Type(value = VerdictsPart.class, name = "verdicts")
    })
    public sealed interface Part permits Cover, Instructions, TablePart, Signature, Signatures, ParagraphPart,
            PageBreakPart, VerdictsPart {
        /** Starts a new page before this part. */
        Boolean pageBreakBefore();

        /** The page this part starts (size, orientation), or null to keep the current one; implies a new page. */
        Page page();
    }

    /**
     * Page size and orientation of the pages a part starts (a new section of the document).
     *
     * @param size        {@code A4} (default) or {@code A3}
     * @param orientation {@code portrait} (default) or {@code landscape}
     */
    public record Page(String size, String orientation) {
        public boolean landscape() {
            return "landscape".equals(orientation);
        }

        public String sizeOr() {
            return size == null ? "A4" : size;
        }
    }

    /**
     * Sizes of a cover page (points). Every value is optional; the defaults are those of the 科创中国 form.
     */
    public record CoverMetrics(Float numberSize, Float numberBoxWidth, Float spaceBeforeTitle, Float titleSize,
                               Float titleLine, Float spaceBeforeLines, Float lineSize, Float lineHeight,
                               Float labelWidth, Float issuerSize, Float markSize) {
    }

    /**
     * The cover page.
     *
     * @param mark    a text at the top left above everything, e.g. 附件3 (optional)
     * @param number  field path of the boxed number at the top right (optional: no box)
     * @param title   the title lines
     * @param lines   field paths of the label/value lines
     * @param issuer  the line at the foot, default the template's issuer
     * @param metrics sizes, see {@link CoverMetrics}
     */
    public record Cover(Boolean pageBreakBefore, Page page, String mark, String number, List<String> title,
                       List<String> lines, String issuer, CoverMetrics metrics) implements Part {
    }

    /** The template's 填报说明 page. */
    public record Instructions(Boolean pageBreakBefore, Page page, Float headingSize, Float size) implements Part {
    }

    /**
     * A bordered table.
     *
     * @param columns      relative column widths
     * @param headerRows   rows repeated at the top of every page the table crosses
     * @param keepWithNext the table stays on the page of the part after it
     * @param rows         the rows
     * @param when         the table is printed only while this condition of the draft holds (blank forms print
     *                     it always), or null
     */
    public record TablePart(Boolean pageBreakBefore, Page page, List<Double> columns, Integer headerRows,
                            Boolean keepWithNext, List<RowSpec> rows, cn.shenbao.forms.template.Condition when)
            implements Part {
    }

    /**
     * One signature and seal block.
     *
     * @param name   identifier: the PDF fields {@code <name>_sign} and {@code <name>_seal}
     * @param label  e.g. 项目负责人（签名）：
     * @param seal   e.g. （单位公章）; absent: no seal label
     * @param date   the date blank, e.g. 年  月  日
     * @param sealMm side of the seal square (mm, ≥ 40), default 40
     * @param size   text size (pt), default 12
     */
    public record Signature(Boolean pageBreakBefore, Page page, String name, String label, String seal, String date,
                            Float sealMm, Float size) implements Part {
        public Block block() {
            return new Block(name, label, seal, date, sealMm, size);
        }
    }

    /** A signature block inside {@link Signatures}: the keys of {@link Signature} without type and page keys. */
    public record Block(String name, String label, String seal, String date, Float sealMm, Float size) {
    }

    /**
     * A heading and signature blocks printed on one page.
     *
     * @param heading the heading cell
     * @param blocks  the signature blocks
     */
    public record Signatures(Boolean pageBreakBefore, Page page, CellSpec heading, List<Block> blocks)
            implements Part {
    }

    /**
     * A paragraph outside tables: a fixed {@code text}, a section's heading, or {@code inline} pieces (fixed texts and
     * values, as in an inline cell: 推荐单位：<value> above a table); {@code when} as for a table.
     */
    public record ParagraphPart(Boolean pageBreakBefore, Page page, String text, String sectionHeading,
                                List<Piece> inline, String style, Float size, String align, Float spaceBefore,
                                Float spaceAfter, cn.shenbao.forms.template.Condition when) implements Part {
    }

    /**
     * A table of the verdict of each rule that has a {@code title} ({@code cn.shenbao.forms.rules.Verdicts}): 序号,
     * the rule's title, its basis (the clause), and 符合 / 不符合 (with the findings' messages) / 未填写 / 不适用.
     * Any form can print one (a self-check record).
     *
     * @param columns the four relative column widths
     * @param headers the four header texts, default 序号, 自查要求, 依据, 结论
     * @param size    text size (pt), default the layout's body size
     * @param words   the four verdict words, default 符合, 不符合, 未填写, 不适用
     * @param reasons true: below 不符合, what the findings say (longer; a one-page record leaves them out)
     */
    public record VerdictsPart(Boolean pageBreakBefore, Page page, List<Double> columns, List<String> headers,
                               Float size, List<String> words, Boolean reasons, cn.shenbao.forms.template.Condition when)
            implements Part {
        public static final List<String> HEADERS = List.of("序号", "自查要求", "依据", "结论");
        public static final List<String> WORDS = List.of("符合", "不符合", "未填写", "不适用");

        public List<String> headersOr() {
            return headers == null ? HEADERS : headers;
        }

        public List<String> wordsOr() {
            return words == null ? WORDS : words;
        }
    }

    /** A page break. */
    public record PageBreakPart(Boolean pageBreakBefore, Page page) implements Part {
    }

    /**
     * A table row.
     *
     * @param cells        the cells starting in this row
     * @param split        long text may continue on the next page (short rows never split)
     * @param minHeight    minimal height (pt) of an empty or short row
     * @param keepWithNext the row stays on the page of the next row
     * @param repeat       a table field: the row prints once per draft row
     * @param blankRows    rows printed for an empty table: a number or {@code printRows} (the field's printRows)
     * @param ellipsis     a row of {@code ……} after the blank rows
     * @param when         the row is printed only while this condition of the draft holds (blank forms print it
     *                     always); without it a row of hidden fields prints them empty
     * @param mergeDown    of a repeated row: the columns (shown by a {@code value} cell of the row) whose equal
     *                     consecutive values print as one cell merged down their rows, outermost first — a
     *                     column's run also ends where a column before it in the list changes (T5's 一级指标
     *                     and 二级指标); the draft rows of a grouped table print in the order of its groups
     */
    public record RowSpec(List<CellSpec> cells, Boolean split, Float minHeight, Boolean keepWithNext, String repeat,
                          String blankRows, Boolean ellipsis, cn.shenbao.forms.template.Condition when,
                          List<String> mergeDown) {
    }

    /** A table cell: exactly one of the content keys, plus placement keys. See docs/printing.md. */
    public record CellSpec(String heading, String text, String label, String value, List<Piece> inline,
                           List<ParagraphSpec> paragraphs, String lines, String column, String choices, Integer perLine,
                           String option, String group, Boolean rowNumber, String rowLabel, List<String> dateRange,
                           String blank, String sectionHint, Integer rowSpan, Integer colSpan, String align,
                           String valign, Boolean indent) {
        /** The content keys present (a valid cell has exactly one). */
        public List<String> contentKeys() {
            List<String> keys = new java.util.ArrayList<>();
            add(keys, "heading", heading);
            add(keys, "text", text);
            add(keys, "label", label);
            add(keys, "value", value);
            add(keys, "inline", inline);
            add(keys, "paragraphs", paragraphs);
            add(keys, "lines", lines);
            add(keys, "choices", choices);
            add(keys, "rowNumber", rowNumber);
            add(keys, "rowLabel", rowLabel);
            add(keys, "dateRange", dateRange);
            add(keys, "sectionHint", sectionHint);
            return keys;
        }

        private static void add(List<String> keys, String key, Object v) {
            if (v != null) {
                keys.add(key);
            }
        }

        public int rowSpanOr() {
            return rowSpan == null ? 1 : rowSpan;
        }

        public int colSpanOr() {
            return colSpan == null ? 1 : colSpan;
        }
    }

    /**
     * A piece of an inline cell: one of text, label, value, date, attr (with name), or check (a field) with option
     * (the box of one option, labelled by text or the option); blank for empty values.
     */
    public record Piece(String text, String label, String value, String date, String blank, String attr,
                        String name, String check, String option) {
    }

    /**
     * One paragraph of a {@code paragraphs} cell: an array of pieces, or an object with {@code value} (a long value's
     * lines, nothing when empty) or with {@code pieces} and its own {@code align} and {@code spaceBefore}.
     */
    public record ParagraphSpec(List<Piece> pieces, String value, String align, Float spaceBefore) {
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.PROPERTIES)
        public ParagraphSpec(@com.fasterxml.jackson.annotation.JsonProperty("pieces") List<Piece> pieces,
                             @com.fasterxml.jackson.annotation.JsonProperty("value") String value,
                             @com.fasterxml.jackson.annotation.JsonProperty("align") String align,
                             @com.fasterxml.jackson.annotation.JsonProperty("spaceBefore") Float spaceBefore) {
            this.pieces = pieces == null ? List.of() : pieces;
            this.value = value;
            this.align = align;
            this.spaceBefore = spaceBefore;
        }

        /** The short form: the pieces as an array. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static ParagraphSpec of(List<Piece> pieces) {
            return new ParagraphSpec(pieces, null, null, null);
        }
    }
}
