package cn.shenbao.forms.paper;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.i18n.Messages;
import cn.shenbao.forms.io.BoundedRead;
import cn.shenbao.forms.print.AtomicFiles;
import cn.shenbao.forms.print.ExportException;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.kernel.geom.Matrix;
import com.itextpdf.kernel.geom.Point;
import com.itextpdf.kernel.geom.Subpath;
import com.itextpdf.kernel.geom.Vector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the paper package of a {@link PackageSpec}: the parts in order, our drafts exported to PDF on the way
 * (without their own page numbers: the package numbers every page), the user's PDFs and images (JPEG/PNG)
 * placed on A4, a generated 目录 with the first page of each part, and continuous page numbers {@code - N -} at
 * the foot of every numbered page. Two PDFs: one for printing (the binding margin kept free on the bound edge;
 * with {@code duplexRightStart} a blank page before a part that would start on a left-hand page) and one for
 * e-mail (no blank pages, no binding margin). Blank pages carry no number and are not counted, so both PDFs
 * have the same page numbers and the same 目录.
 *
 * <p>A page's content is left where it is when it stays clear of the binding strip and of the page-number band
 * ({@value #BAND_MM} mm at the foot); otherwise it is moved, and scaled down only as far as needed, so that the
 * number never covers it. Images are placed at their real size when the file gives a resolution (JFIF / pHYs)
 * and it fits, otherwise fitted to the page.
 *
 * <p>Hostile input is refused with a message naming the file, within bounded time and memory: a PDF over
 * {@value #MAX_PDF_MB} MB or {@value #MAX_PAGES} pages, encrypted, or with a broken cross-reference table that
 * had to be rebuilt; an image over {@value #MAX_IMAGE_MB} MB, larger than {@link ImageCheck#MAX_SIDE} pixels a
 * side (read from its header, before decoding), truncated, or not JPEG/PNG.
 */
public final class PackageBuilder {
    static final float MM = 72f / 25.4f;
    static final float BAND_MM = 15;
    static final int MAX_PDF_MB = 200;
    static final int MAX_IMAGE_MB = 50;
    static final int MAX_PAGES = 2_000;
    static final int MAX_TOTAL_PAGES = 10_000;
    private static final PageSize A4 = PageSize.A4;
    private static final int TOC_LINES = 24;

    private final TemplateRegistry registry;
    private final Exporter exporter;
    private final FontLocator fonts;
    private final Locale locale;

    public PackageBuilder(TemplateRegistry registry, Exporter exporter, FontLocator fonts, Locale locale) {
        this.registry = registry;
        this.exporter = exporter;
        this.fonts = fonts;
        this.locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /** The first page number of a part in the package (0 when its pages are not numbered), and its pages. */
    public record PartPages(String title, int firstNumber, int pages) {}

    /**
     * What was built: the two files, their pages (the printing one with its blank pages), the sheets of paper one set
     * takes (double-sided when {@code duplexRightStart}), the sets to print, each part's pages, and the drafts that
     * still have errors (printed with the 草稿 mark).
     */
    public record Result(Path print, Path email, int printPages, int emailPages, int blankPages, int sheetsPerSet, int sets,
            List<PartPages> parts, List<String> draftsWithErrors) {}

    /** One page of a source: a PDF page or an image, with its content box in its displayed orientation. */
    private record Source(PdfPage page, ImageData image, float width, float height, Rectangle content, int rotation,
            Rectangle crop) {}

    /** A part with its pages loaded. */
    private record Loaded(PackageSpec.Part part, List<Source> pages) {}

    /** Builds the package; {@code print} and {@code email} are written atomically (nothing half-written is left). */
    public Result build(PackageSpec spec, Path print, Path email) throws PackageException {
        List<PdfDocument> open = new ArrayList<>();
        Path temp = null;
        try {
            temp = Files.createTempDirectory("shenbao-package");
            List<Loaded> loaded = new ArrayList<>();
            List<String> withErrors = new ArrayList<>();
            int total = 0;
            for (PackageSpec.Part part : spec.parts()) {
                List<Source> pages = new ArrayList<>();
                if (part.kind() == PackageSpec.Kind.DRAFT) {
                    Path pdf = exportDraft(part.files().get(0), temp, loaded.size(), withErrors);
                    pages.addAll(pdfPages(pdf, open));
                } else if (part.kind() == PackageSpec.Kind.FILES) {
                    for (Path f : part.files()) {
                        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                        pages.addAll(n.endsWith(".pdf") ? pdfPages(f, open) : List.of(image(f)));
                    }
                }
                total += pages.size();
                if (total > MAX_TOTAL_PAGES) {
                    throw new PackageException("package.tooManyPages", null, MAX_TOTAL_PAGES);
                }
                loaded.add(new Loaded(part, pages));
            }
            int tocPages = Math.max(1, (spec.parts().size() + TOC_LINES - 1) / TOC_LINES);
            // numbers: numbered pages counted from 1 in order; the 目录 counts as pages of its own part
            List<PartPages> numbers = new ArrayList<>();
            int next = 1;
            for (Loaded l : loaded) {
                int n = l.part().kind() == PackageSpec.Kind.TOC ? tocPages : l.pages().size();
                numbers.add(new PartPages(l.part().title(), l.part().numbered() && n > 0 ? next : 0, n));
                if (l.part().numbered()) {
                    next += n;
                }
            }
            FontSetup setup = fonts.resolve(null, null, locale);
            int[] printCount = new int[2];
            int[] emailCount = new int[2];
            AtomicFiles.write(print, locale, os -> write(os, spec, loaded, numbers, tocPages, setup, spec.bindingMarginMm(),
                    spec.duplexRightStart(), printCount));
            AtomicFiles.write(email, locale, os -> write(os, spec, loaded, numbers, tocPages, setup, 0, false, emailCount));
            int sheets = spec.duplexRightStart() ? (printCount[0] + 1) / 2 : printCount[0];
            return new Result(print, email, printCount[0], emailCount[0], printCount[1], sheets, spec.sets(), numbers, withErrors);
        } catch (IOException e) {
            throw new PackageException("package.writeFailed", e, e.getMessage());
        } catch (cn.shenbao.forms.print.fonts.NoCjkFontException e) {
            throw new PackageException("package.failed", e, e.getMessage());
        } catch (RuntimeException e) {
            Throwable c = e.getCause() instanceof PackageException ? e.getCause() : e;
            if (c instanceof PackageException pe) {
                throw pe;
            }
            throw new PackageException("package.failed", e, String.valueOf(e.getMessage()));
        } finally {
            for (PdfDocument d : open) {
                try {
                    d.close();
                } catch (RuntimeException ignored) {
                    // a source that failed half-way: nothing more to do with it
                }
            }
            deleteQuietly(temp);
        }
    }

    // ---- sources ---------------------------------------------------------------------------------

    private Path exportDraft(Path file, Path temp, int index, List<String> withErrors) throws PackageException {
        Draft d;
        try {
            d = new DraftFiles(registry).load(file);
        } catch (DraftFileException e) {
            throw new PackageException("package.draft", e, file, e.message(locale));
        }
        TemplateDef t = registry.get(d.templateId());
        List<Finding> findings = RuleEngine.check(t, d);
        if (RuleEngine.hasErrors(findings)) {
            withErrors.add(file.getFileName().toString());
        }
        Path out = temp.resolve("part" + index + ".pdf");
        try {
            ExportResult r = exporter.exportPdf(t, d, out, PrintOptions.defaults().withLocale(locale).withPageNumbers(false)
                    .withFingerprint(Exporter.fingerprint(d)), findings);
            return r.file();
        } catch (ExportException e) {
            throw new PackageException("package.draftExport", e, file, e.getMessage());
        }
    }

    private List<Source> pdfPages(Path file, List<PdfDocument> open) throws PackageException {
        if (!Files.isRegularFile(file)) {
            throw new PackageException("package.file.missing", null, file);
        }
        PdfDocument doc;
        try {
            BoundedRead.requireRegular(file);
            if (Files.size(file) > MAX_PDF_MB * 1024L * 1024L) {
                throw new PackageException("package.pdf.tooLarge", null, file, MAX_PDF_MB);
            }
            if (declaresEncryption(file)) {
                throw new PackageException("package.pdf.encrypted", null, file);
            }
            PdfReader reader = new PdfReader(file.toFile());
            doc = new PdfDocument(reader);
            open.add(doc);
            if (reader.isEncrypted()) {
                throw new PackageException("package.pdf.encrypted", null, file);
            }
            // every object read once: a cross-reference table that does not point at its objects shows now
            for (int i = 1; i < doc.getNumberOfPdfObjects() && !reader.hasRebuiltXref() && !reader.hasFixedXref(); i++) {
                doc.getPdfObject(i);
            }
            if (reader.hasRebuiltXref() || reader.hasFixedXref()) {
                throw new PackageException("package.pdf.broken", null, file);
            }
        } catch (BadPasswordException e) {
            throw new PackageException("package.pdf.encrypted", e, file);
        } catch (PackageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("PdfEncryption")) {
                throw new PackageException("package.pdf.encrypted", e, file);
            }
            throw new PackageException("package.pdf.unreadable", e, file, String.valueOf(e.getMessage()));
        }
        int n = doc.getNumberOfPages();
        if (n == 0) {
            throw new PackageException("package.pdf.empty", null, file);
        }
        if (n > MAX_PAGES) {
            throw new PackageException("package.pdf.tooManyPages", null, file, n, MAX_PAGES);
        }
        List<Source> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            try {
                PdfPage p = doc.getPage(i);
                Rectangle crop = p.getCropBox();
                int rot = ((p.getRotation() % 360) + 360) % 360;
                boolean turned = rot == 90 || rot == 270;
                float w = turned ? crop.getHeight() : crop.getWidth();
                float h = turned ? crop.getWidth() : crop.getHeight();
                Rectangle content = contentBox(p, crop, rot, w, h);
                out.add(new Source(p, null, w, h, content, rot, crop));
            } catch (RuntimeException e) {
                throw new PackageException("package.pdf.unreadable", e, file, String.valueOf(e.getMessage()));
            }
        }
        return out;
    }

    /**
     * Whether a PDF's trailer (or cross-reference stream) names an {@code /Encrypt} dictionary: looked for in the
     * first 64 KB (linearised files) and the last 1 MB, before any PDF library reads the file.
     */
    static boolean declaresEncryption(Path file) throws IOException {
        long size = Files.size(file);
        try (var ch = java.nio.channels.FileChannel.open(file)) {
            for (long[] range : new long[][] {{0, Math.min(size, 64 * 1024)}, {Math.max(0, size - 1024 * 1024), size}}) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) (range[1] - range[0]));
                ch.read(buf, range[0]);
                String s = new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
                if (java.util.regex.Pattern.compile("/Encrypt[\\s/<\\d]").matcher(s).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private Source image(Path file) throws PackageException {
        if (!Files.isRegularFile(file)) {
            throw new PackageException("package.file.missing", null, file);
        }
        byte[] bytes;
        try {
            bytes = BoundedRead.readAll(file, MAX_IMAGE_MB * 1024L * 1024L);
        } catch (BoundedRead.TooLargeException e) {
            throw new PackageException("package.image.fileTooLarge", e, file, MAX_IMAGE_MB);
        } catch (IOException e) {
            throw new PackageException("package.pdf.unreadable", e, file, String.valueOf(e.getMessage()));
        }
        ImageCheck.Size size = ImageCheck.check(file, bytes);
        ImageData data;
        try {
            data = ImageDataFactory.create(bytes);
        } catch (RuntimeException e) {
            throw new PackageException("package.image.broken", e, file);
        }
        float w;
        float h;
        int dpiX = data.getDpiX();
        int dpiY = data.getDpiY();
        if (dpiX > 0 && dpiY > 0) {
            w = size.width() * 72f / dpiX;
            h = size.height() * 72f / dpiY;
        } else {
            w = 0; // no resolution: fitted to the page
            h = size.height() / (float) size.width();
        }
        return new Source(null, data, w, h, null, 0, null);
    }

    // ---- content box -----------------------------------------------------------------------------

    /** The box of what is painted on a page, in its displayed orientation (origin at the lower left). */
    private static Rectangle contentBox(PdfPage page, Rectangle crop, int rot, float w, float h) {
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        IEventListener listener = new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof TextRenderInfo t) {
                    add(t.getAscentLine().getStartPoint());
                    add(t.getDescentLine().getEndPoint());
                    add(t.getDescentLine().getStartPoint());
                    add(t.getAscentLine().getEndPoint());
                } else if (data instanceof ImageRenderInfo i) {
                    Matrix m = i.getImageCtm();
                    for (float[] c : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
                        add(new Vector(c[0], c[1], 1).cross(m));
                    }
                } else if (data instanceof PathRenderInfo p && p.getOperation() != PathRenderInfo.NO_OP) {
                    Matrix m = p.getCtm();
                    for (Subpath s : p.getPath().getSubpaths()) {
                        for (Point pt : s.getPiecewiseLinearApproximation()) {
                            add(new Vector((float) pt.getX(), (float) pt.getY(), 1).cross(m));
                        }
                    }
                }
            }

            private void add(Vector v) {
                box[0] = Math.min(box[0], v.get(0));
                box[1] = Math.min(box[1], v.get(1));
                box[2] = Math.max(box[2], v.get(0));
                box[3] = Math.max(box[3], v.get(1));
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_TEXT, EventType.RENDER_IMAGE, EventType.RENDER_PATH);
            }
        };
        try {
            new PdfCanvasProcessor(listener).processPageContent(page);
        } catch (RuntimeException e) {
            return new Rectangle(0, 0, w, h); // content that cannot be followed: treated as covering the page
        }
        if (box[0] > box[2]) {
            return null; // nothing painted
        }
        float x1 = Math.max(box[0], crop.getLeft());
        float y1 = Math.max(box[1], crop.getBottom());
        float x2 = Math.min(box[2], crop.getRight());
        float y2 = Math.min(box[3], crop.getTop());
        if (x1 >= x2 || y1 >= y2) {
            return null;
        }
        float[] a = rotate(x1, y1, crop, rot);
        float[] b = rotate(x2, y2, crop, rot);
        return new Rectangle(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]));
    }

    /** The user-space → displayed-page matrix of a page's rotation: {a, b, c, d, e, f}. */
    private static float[] rotation(Rectangle crop, int rot) {
        float llx = crop.getLeft();
        float lly = crop.getBottom();
        float urx = crop.getRight();
        float ury = crop.getTop();
        return switch (rot) {
            case 90 -> new float[] {0, -1, 1, 0, -lly, urx};
            case 180 -> new float[] {-1, 0, 0, -1, urx, ury};
            case 270 -> new float[] {0, 1, -1, 0, ury, -llx};
            default -> new float[] {1, 0, 0, 1, -llx, -lly};
        };
    }

    private static float[] rotate(float x, float y, Rectangle crop, int rot) {
        float[] m = rotation(crop, rot);
        return new float[] {m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]};
    }

    // ---- writing ---------------------------------------------------------------------------------

    private void write(OutputStream os, PackageSpec spec, List<Loaded> loaded, List<PartPages> numbers, int tocPages,
            FontSetup setup, double bindingMm, boolean duplex, int[] count) throws IOException {
        PdfWriter writer = new PdfWriter(os);
        writer.setCompressionLevel(9);
        PdfDocument out = new PdfDocument(writer);
        out.getDocumentInfo().setTitle(spec.title() == null ? Messages.get(locale, "package.toc.heading") : spec.title());
        out.getDocumentInfo().setMoreInfo(ExportTargets.MARKER, "package");
        PdfFont numberFont = PdfFontFactory.createFont(StandardFonts.HELVETICA);
        // the installed body face, not a shipped subset of it (BundledFonts): the titles are the user's, and one font
        // draws all of them
        PdfFont cjk = PdfFontFactory.createFont(setup.installedFace(setup.body()).program(), PdfEncodings.IDENTITY_H,
                PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        float binding = (float) bindingMm * MM;
        int blanks = 0;
        for (int pi = 0; pi < loaded.size(); pi++) {
            Loaded l = loaded.get(pi);
            if (duplex && out.getNumberOfPages() % 2 == 1) {
                out.addNewPage(A4); // so that the part starts on a right-hand page
                blanks++;
            }
            int number = numbers.get(pi).firstNumber();
            int pages = numbers.get(pi).pages();
            for (int k = 0; k < pages; k++) {
                PdfPage page = out.addNewPage(A4);
                boolean recto = !duplex || out.getNumberOfPages() % 2 == 1;
                float left = recto ? binding : 0;
                float right = A4.getWidth() - (recto ? 0 : binding);
                PdfCanvas canvas = new PdfCanvas(page);
                if (l.part().kind() == PackageSpec.Kind.TOC) {
                    toc(canvas, cjk, spec, numbers, k, left, right);
                } else {
                    place(canvas, out, l.pages().get(k), left, right);
                }
                if (number > 0) {
                    String text = "- " + (number + k) + " -";
                    float size = 10.5f;
                    float tw = numberFont.getWidth(text, size);
                    canvas.beginText().setFontAndSize(numberFont, size)
                            .moveText((left + right) / 2 - tw / 2, 9 * MM).showText(text).endText();
                }
                canvas.release();
            }
        }
        count[0] = out.getNumberOfPages();
        count[1] = blanks;
        out.close();
    }

    /** Places a source page on an A4 page, clear of the binding strip and the page-number band. */
    private static void place(PdfCanvas canvas, PdfDocument out, Source s, float left, float right) throws IOException {
        float top = A4.getHeight();
        float bottom = BAND_MM * MM;
        if (s.image() != null) {
            float margin = 10 * MM;
            float aw = right - left - 2 * margin;
            float ah = top - bottom - 2 * margin;
            float w = s.width();
            float h = s.height();
            if (w <= 0 || w > aw || h > ah) { // no resolution, or larger than the page: fitted
                float ratio = w <= 0 ? h : h / w;
                w = Math.min(aw, ah / ratio);
                h = w * ratio;
            }
            float x = left + (right - left - w) / 2;
            float y = top - margin - h;
            canvas.addXObjectWithTransformationMatrix(new PdfImageXObject(s.image()), w, 0, 0, h, x, y);
            return;
        }
        // 1. the page on A4 (a larger one scaled down, a smaller one centred)
        float s0 = Math.min(1f, Math.min(A4.getWidth() / s.width(), A4.getHeight() / s.height()));
        float ox = (A4.getWidth() - s.width() * s0) / 2;
        float oy = (A4.getHeight() - s.height() * s0) / 2;
        float scale = s0;
        float tx = ox;
        float ty = oy;
        Rectangle c = s.content();
        if (c != null) {
            float cx1 = ox + c.getLeft() * s0;
            float cy1 = oy + c.getBottom() * s0;
            float cx2 = ox + c.getRight() * s0;
            float cy2 = oy + c.getTop() * s0;
            float dx = cx1 < left ? left - cx1 : cx2 > right ? right - cx2 : 0;
            float dy = cy1 < bottom ? bottom - cy1 : cy2 > top ? top - cy2 : 0;
            boolean fits = cx1 + dx >= left - 0.01f && cx2 + dx <= right + 0.01f && cy1 + dy >= bottom - 0.01f
                    && cy2 + dy <= top + 0.01f;
            if (fits) {
                tx += dx;
                ty += dy;
            } else {
                // 2. moved and scaled down only as far as needed
                float cw = cx2 - cx1;
                float ch = cy2 - cy1;
                float s1 = Math.min(1f, Math.min((right - left) / cw, (top - bottom) / ch));
                float nx1 = left + ((right - left) - cw * s1) / 2;
                float ny2 = Math.min(top, cy2);
                float ny1 = Math.max(bottom, ny2 - ch * s1);
                scale = s0 * s1;
                tx = nx1 - c.getLeft() * scale;
                ty = ny1 - c.getBottom() * scale;
            }
        }
        PdfFormXObject x = s.page().copyAsFormXObject(out);
        float[] r = rotation(s.crop(), s.rotation());
        // the form's space is the source page's user space: rotate to the displayed page, then scale and move
        canvas.addXObjectWithTransformationMatrix(x, scale * r[0], scale * r[1], scale * r[2], scale * r[3],
                scale * r[4] + tx, scale * r[5] + ty);
    }

    /** One page of the generated 目录: the heading, then each part with a dotted leader and its first page number. */
    private void toc(PdfCanvas canvas, PdfFont font, PackageSpec spec, List<PartPages> numbers, int pageOfToc,
            float left, float right) {
        float x1 = left + 25 * MM;
        float x2 = right - 25 * MM;
        float y = A4.getHeight() - 35 * MM;
        if (pageOfToc == 0) {
            String heading = Messages.get(locale, "package.toc.heading");
            float size = 18;
            canvas.beginText().setFontAndSize(font, size)
                    .moveText((left + right) / 2 - font.getWidth(heading, size) / 2, y).showText(heading).endText();
            if (spec.title() != null && !spec.title().isBlank()) {
                y -= 10 * MM;
                float ts = 12;
                canvas.beginText().setFontAndSize(font, ts)
                        .moveText((left + right) / 2 - font.getWidth(spec.title(), ts) / 2, y).showText(spec.title()).endText();
            }
            y -= 15 * MM;
        }
        float size = 14;
        int from = pageOfToc * TOC_LINES;
        int to = Math.min(numbers.size(), from + TOC_LINES);
        for (int i = from; i < to; i++) {
            PartPages p = numbers.get(i);
            String title = (i + 1) + "．" + p.title();
            String num = p.firstNumber() > 0 ? String.valueOf(p.firstNumber()) : "";
            float tw = font.getWidth(title, size);
            float nw = font.getWidth(num, size);
            canvas.beginText().setFontAndSize(font, size).moveText(x1, y).showText(title).endText();
            canvas.beginText().setFontAndSize(font, size).moveText(x2 - nw, y).showText(num).endText();
            float dotW = font.getWidth("·", size);
            float from2 = x1 + tw + 4;
            float to2 = x2 - nw - 4;
            if (!num.isEmpty() && dotW > 0 && to2 > from2) {
                int dots = (int) ((to2 - from2) / dotW);
                canvas.beginText().setFontAndSize(font, size).moveText(to2 - dots * dotW, y).showText("·".repeat(dots)).endText();
            }
            y -= 9 * MM;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temporary file the system will clean
                }
            });
        } catch (IOException ignored) {
            // idem
        }
    }

    /** Copies an e-mail name from a printing PDF's name: {@code 申报材料.pdf} → {@code 申报材料-电子版.pdf}. */
    public static Path emailFile(Path print, Locale locale) {
        String n = print.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
        return print.resolveSibling(n + Messages.get(locale, "package.emailSuffix") + ".pdf");
    }
}
