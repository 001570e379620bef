package cn.shenbao.forms.roster;

import cn.shenbao.forms.io.BoundedRead;
import cn.shenbao.forms.io.IoMessages;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of an {@code .xlsx} file with POI's event API ({@link XSSFReader} and a SAX handler
 * of our own: the sheet is never built as a DOM). Guards, before and while reading: the file must be a zip (an
 * old {@code .xls} or a renamed CSV is named as such), at most {@value #MAX_ENTRIES} entries, no entry declaring
 * more than {@value #MAX_ENTRY_BYTES} bytes, the sheet's XML counted as it is inflated, POI's inflate-ratio check
 * ({@code ZipSecureFile}, 1:100) against zip bombs, and {@link SheetRows#MAX_ROWS} rows. Numbers are taken as
 * written ({@code 13800138000}, not {@code 1.38E10}); cells with a date format become {@code yyyy-MM-dd}; formulas
 * give their cached result (never evaluated); merged cells give every cell of the area the top-left value.
 */
final class XlsxReader {
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    private XlsxReader() {
    }

    static SheetRows read(Path file) throws RosterException {
        precheck(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new RosterException(file, "import.noSheet", null);
            }
            try (InputStream sheet = new Capped(sheets.next(), MAX_ENTRY_BYTES)) {
                SAXParserFactory f = SAXParserFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                XMLReader xr = f.newSAXParser().getXMLReader();
                Handler h = new Handler(file, strings, styles);
                xr.setContentHandler(h);
                xr.parse(new InputSource(sheet));
                return h.finish();
            }
        } catch (RosterException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof RosterException re) {
                throw re;
            }
            throw new RosterException(file, "import.notXlsx", e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || e instanceof TooBig) {
                throw new RosterException(file, "import.zipBomb", e);
            }
            throw new RosterException(file, "import.notXlsx", e);
        } catch (Exception e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")
                    || e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("Zip bomb")) {
                throw new RosterException(file, "import.zipBomb", e);
            }
            throw new RosterException(file, "import.notXlsx", e);
        }
    }

    /** What can be told from the file before POI opens it: kind, size, entries and their declared sizes. */
    private static void precheck(Path file) throws RosterException {
        byte[] head = new byte[8];
        int n;
        try {
            BoundedRead.requireRegular(file);
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new RosterException(file, "import.tooLarge", null,
                        cn.shenbao.forms.io.TextEncoding.size(MAX_FILE_BYTES), SheetRows.MAX_ROWS);
            }
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 8);
            }
        } catch (NoSuchFileException e) {
            throw new RosterException(file, "import.notFound", e);
        } catch (IOException e) {
            throw new RosterException(file, "import.unreadable", e, IoMessages.reason(e));
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new RosterException(file, "import.xls", null);
        }
        if (n < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new RosterException(file, "import.notXlsx", null);
        }
        try (ZipFile z = new ZipFile(file.toFile())) {
            int entries = 0;
            long total = 0;
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new RosterException(file, "import.zipBomb", null);
                }
                long size = e.getSize();
                total += Math.max(0, size);
                if (size > MAX_ENTRY_BYTES || total > 2 * MAX_ENTRY_BYTES) {
                    throw new RosterException(file, "import.zipBomb", null);
                }
            }
        } catch (IOException e) {
            throw new RosterException(file, "import.notXlsx", e);
        }
    }

    /** More bytes inflated than allowed. */
    static final class TooBig extends IOException {
        TooBig() {
            super("Zip bomb: entry larger than allowed");
        }
    }

    /** Counts what is read and stops at a limit, whatever the entry's header said. */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooBig();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0 && (count += r) > limit) {
                throw new TooBig();
            }
            return r;
        }
    }

    /** The SAX handler of a worksheet: rows of texts, merged areas, formulas. */
    private static final class Handler extends DefaultHandler {
        private final Path file;
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final SheetRows out = new SheetRows();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> row;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean inValue;
        private final StringBuilder value = new StringBuilder();
        private int formulasWithValue;
        private int formulasWithout;
        private int firstFormulaRow;

        Handler(Path file, ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.file = file;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    if (out.rows().size() > SheetRows.MAX_ROWS) {
                        throw new SAXException(new RosterException(file, "import.tooManyRows", null, SheetRows.MAX_ROWS));
                    }
                    row = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    if (column >= SheetRows.MAX_COLUMNS) {
                        throw new SAXException(new RosterException(file, "import.tooManyColumns", null, rowNumber,
                                SheetRows.MAX_COLUMNS));
                    }
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "v", "t" -> {
                    inValue = true;
                }
                case "f" -> formula = true;
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null && merged.size() < 10_000) {
                        try {
                            merged.add(CellRangeAddress.valueOf(ref));
                        } catch (RuntimeException ignored) {
                            // a broken reference: the area is left as it is
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue && value.length() < SheetRows.MAX_CELL_CHARS * 4) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    String text = text();
                    if (formula) {
                        if (value.length() == 0) {
                            formulasWithout++;
                        } else {
                            formulasWithValue++;
                        }
                        firstFormulaRow = firstFormulaRow == 0 ? rowNumber : firstFormulaRow;
                    }
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(SheetRows.clip(text));
                }
                case "row" -> out.add(rowNumber, row);
                default -> {
                }
            }
        }

        private String text() {
            String v = value.toString();
            if (v.isEmpty()) {
                return "";
            }
            if (type == null || type.equals("n")) {
                return number(v);
            }
            return switch (type) {
                case "s" -> {
                    try {
                        yield strings.getItemAt(Integer.parseInt(v.strip())).getString();
                    } catch (RuntimeException e) {
                        yield "";
                    }
                }
                case "b" -> v.equals("1") ? "是" : "否";
                case "e" -> "";
                default -> v; // inlineStr, str (a formula's text result)
            };
        }

        /** A number as written: a date when the cell's format is a date, else without exponent or “.0”. */
        private String number(String v) {
            try {
                double d = Double.parseDouble(v);
                if (style >= 0 && style < styles.getNumCellStyles()) {
                    XSSFCellStyle cs = styles.getStyleAt(style);
                    if (cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString())
                            && DateUtil.isValidExcelDate(d)) {
                        LocalDate date = DateUtil.getLocalDateTime(d).toLocalDate();
                        return date.toString();
                    }
                }
                return new BigDecimal(v).stripTrailingZeros().toPlainString();
            } catch (RuntimeException e) {
                return v;
            }
        }

        SheetRows finish() {
            if (formulasWithValue > 0) {
                out.note("roster.note.formulas", formulasWithValue + formulasWithout, firstFormulaRow);
            }
            List<SheetRows.Row> rows = out.rows();
            int filled = 0;
            for (CellRangeAddress m : merged) {
                String top = null;
                for (SheetRows.Row r : rows) {
                    if (r.number() == m.getFirstRow() + 1) {
                        top = r.cell(m.getFirstColumn());
                    }
                }
                if (top == null || top.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < rows.size(); i++) {
                    SheetRows.Row r = rows.get(i);
                    if (r.number() < m.getFirstRow() + 1 || r.number() > m.getLastRow() + 1) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>(r.cells());
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn() && c < SheetRows.MAX_COLUMNS; c++) {
                        while (cells.size() <= c) {
                            cells.add("");
                        }
                        if (cells.get(c).isEmpty()) {
                            cells.set(c, top);
                            filled++;
                        }
                    }
                    rows.set(i, new SheetRows.Row(r.number(), cells));
                }
            }
            if (filled > 0) {
                out.note("roster.note.merged", merged.size());
            }
            if (formulasWithout > 0) {
                out.note("roster.note.formulasWithoutValue", formulasWithout);
            }
            return out;
        }
    }
}
