package cn.shenbao.forms.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.template.TemplateRegistry;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.EncryptionConstants;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper package: parts in order, 目录, continuous page numbers, binding and duplex blanks, hostile files. */
class PackageBuilderTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Path SAMPLE = Path.of("..", "docs", "examples", "kczg-2024-sample.shenbao");

    @TempDir
    Path dir;

    private final PackageBuilder builder = new PackageBuilder(TemplateRegistry.builtIn(), new Exporter(), FontLocator.system(), ZH);

    /** A PDF of {@code pages} pages of Latin text, the last line {@code bottomMm} mm above the foot. */
    static Path userPdf(Path file, int pages, float bottomMm) throws Exception {
        try (PdfDocument d = new PdfDocument(new PdfWriter(file.toString()))) {
            var font = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PdfCanvas c = new PdfCanvas(d.addNewPage(PageSize.A4));
                c.beginText().setFontAndSize(font, 12).moveText(72, 760).showText("USER PAGE " + i).endText();
                c.beginText().setFontAndSize(font, 12).moveText(72, bottomMm * PackageBuilder.MM).showText("BOTTOM LINE " + i).endText();
            }
        }
        return file;
    }

    /** A PNG of w × h pixels, with a pHYs chunk of {@code dpi} when it is above 0. */
    static byte[] png(int w, int h, int dpi) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            img.setRGB(x, h / 2, 0x336699);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        byte[] b = out.toByteArray();
        if (dpi <= 0) {
            return b;
        }
        int ppm = Math.round(dpi / 0.0254f);
        byte[] data = new byte[9];
        for (int i = 0; i < 4; i++) {
            data[i] = (byte) (ppm >>> (24 - 8 * i));
            data[4 + i] = (byte) (ppm >>> (24 - 8 * i));
        }
        data[8] = 1;
        return insertChunk(b, 33, "pHYs", data); // right after IHDR
    }

    static byte[] insertChunk(byte[] png, int at, String type, byte[] data) {
        ByteArrayOutputStream c = new ByteArrayOutputStream();
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        c.writeBytes(new byte[] {0, 0, 0, (byte) data.length});
        c.writeBytes(t);
        c.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long v = crc.getValue();
        c.writeBytes(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(png, 0, at);
        all.writeBytes(c.toByteArray());
        all.write(png, at, png.length - at);
        return all.toByteArray();
    }

    private Path spec(String json) throws Exception {
        Path f = dir.resolve("装订.json");
        Files.writeString(f, json);
        return f;
    }

    private PackageBuilder.Result build(Path spec) throws Exception {
        return builder.build(PackageSpec.read(spec), dir.resolve("申报材料.pdf"), dir.resolve("申报材料-电子版.pdf"));
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                out.add(PdfTextExtractor.getTextFromPage(d.getPage(i)));
            }
        }
        return out;
    }

    /** The lowest baseline of each text on a page, by text. */
    private static Map<String, Float> baselines(Path pdf, int page) throws Exception {
        Map<String, Float> out = new TreeMap<>();
        try (PdfDocument d = new PdfDocument(new PdfReader(pdf.toFile()))) {
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    if (data instanceof TextRenderInfo t) {
                        out.merge(t.getText(), t.getBaseline().getStartPoint().get(1), Math::min);
                    }
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                }
            }).processPageContent(d.getPage(page));
        }
        return out;
    }

    @Test
    void partsInOrderWithAContentsPageContinuousNumbersAndRightHandStarts() throws Exception {
        Files.copy(SAMPLE, dir.resolve("申报书.shenbao"));
        userPdf(dir.resolve("封面.pdf"), 1, 100);
        userPdf(dir.resolve("承诺书.pdf"), 1, 100);
        userPdf(dir.resolve("证明.pdf"), 3, 100);
        Files.write(dir.resolve("执照.png"), png(1240, 1754, 150)); // A4 at 150 dpi
        PackageBuilder.Result r = build(spec("""
                {"title": "2024年度科技计划项目申报材料", "sets": 6, "bindingMarginMm": 10, "duplexRightStart": true,
                 "parts": [
                  {"title": "封面", "file": "封面.pdf", "numbered": false},
                  {"title": "目录", "toc": true, "numbered": false},
                  {"title": "诚信承诺书", "file": "承诺书.pdf"},
                  {"title": "项目申报书", "draft": "申报书.shenbao"},
                  {"title": "证明材料", "files": ["证明.pdf", "执照.png"]}
                 ]}"""));
        List<String> print = pageTexts(r.print());
        List<String> email = pageTexts(r.email());
        assertThat(r.sets()).isEqualTo(6);
        assertThat(r.emailPages()).isEqualTo(r.printPages() - r.blankPages());
        assertThat(r.parts()).extracting(PackageBuilder.PartPages::title)
                .containsExactly("封面", "目录", "诚信承诺书", "项目申报书", "证明材料");
        PackageBuilder.PartPages app = r.parts().get(3);
        assertThat(r.parts().get(2).firstNumber()).isEqualTo(1);
        assertThat(app.firstNumber()).isEqualTo(2);
        assertThat(r.parts().get(4).firstNumber()).isEqualTo(2 + app.pages());
        assertThat(r.parts().get(4).pages()).isEqualTo(4);
        // e-mail: no blanks; page numbers continuous from 1 after the cover and the contents
        assertThat(email.get(0)).contains("USER PAGE 1").doesNotContain("- 1 -");
        assertThat(email.get(1)).contains("目").contains("诚信承诺书").contains("项目申报书").contains("证明材料");
        int numbered = r.emailPages() - 2;
        for (int n = 1; n <= numbered; n++) {
            assertThat(email.get(n + 1)).as("page %d", n).contains("- " + n + " -");
        }
        // print: every part starts on a right-hand (odd) page, blanks have no number
        int physical = 0;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < print.size(); i++) {
            if (print.get(i).isBlank()) {
                continue;
            }
            physical++;
        }
        assertThat(physical).isEqualTo(r.emailPages());
        for (String marker : List.of("USER PAGE 1", "目", "- 1 -", "- 2 -", "- " + r.parts().get(4).firstNumber() + " -")) {
            for (int i = 0; i < print.size(); i++) {
                if (print.get(i).contains(marker)) {
                    starts.add(i + 1);
                    break;
                }
            }
        }
        assertThat(starts).allMatch(p -> p % 2 == 1);
        assertThat(r.sheetsPerSet()).isEqualTo((r.printPages() + 1) / 2);
    }

    @Test
    void aUserPageWhoseTextReachesTheFootIsMovedClearOfThePageNumber() throws Exception {
        userPdf(dir.resolve("低.pdf"), 1, 8); // text 8 mm above the foot: where the number goes
        PackageBuilder.Result r = build(spec("""
                {"parts": [{"title": "证明", "file": "低.pdf"}]}"""));
        Map<String, Float> y = baselines(r.email(), 1);
        float number = y.entrySet().stream().filter(e -> e.getKey().contains("-")).map(Map.Entry::getValue).findFirst().orElseThrow();
        float bottom = y.entrySet().stream().filter(e -> e.getKey().contains("BOTTOM")).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(bottom).as("the user's last line stays above the page-number band").isGreaterThanOrEqualTo(PackageBuilder.BAND_MM * PackageBuilder.MM - 4);
        assertThat(bottom - number).isGreaterThan(12);
        assertThat(pageTexts(r.email()).get(0)).contains("USER PAGE 1").contains("BOTTOM LINE 1");
    }

    @Test
    void aUserPageClearOfTheMarginsIsLeftWhereItIs() throws Exception {
        userPdf(dir.resolve("正常.pdf"), 1, 40);
        PackageBuilder.Result r = build(spec("""
                {"bindingMarginMm": 10, "parts": [{"title": "证明", "file": "正常.pdf"}]}"""));
        Map<String, Float> y = baselines(r.print(), 1);
        float bottom = y.entrySet().stream().filter(e -> e.getKey().contains("BOTTOM")).map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(bottom).isCloseTo(40 * PackageBuilder.MM, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void anImageWithAResolutionIsPlacedAtItsRealSize() throws Exception {
        // 600 × 300 px at 300 dpi = 2 × 1 inch = 144 × 72 pt
        Files.write(dir.resolve("章.png"), png(600, 300, 300));
        Files.write(dir.resolve("无.png"), png(600, 300, 0));
        PackageBuilder.Result r = build(spec("""
                {"parts": [{"title": "印章", "files": ["章.png", "无.png"]}]}"""));
        try (PdfDocument d = new PdfDocument(new PdfReader(r.email().toFile()))) {
            assertThat(imageWidth(d, 1)).isCloseTo(144f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(imageWidth(d, 2)).as("without a resolution: fitted to the page").isGreaterThan(400f);
        }
    }

    private static float imageWidth(PdfDocument d, int page) {
        float[] w = {0};
        new PdfCanvasProcessor(new IEventListener() {
            @Override
            public void eventOccurred(IEventData data, EventType type) {
                if (data instanceof com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo i) {
                    w[0] = i.getImageCtm().get(0);
                }
            }

            @Override
            public Set<EventType> getSupportedEvents() {
                return Set.of(EventType.RENDER_IMAGE);
            }
        }).processPageContent(d.getPage(page));
        return w[0];
    }

    // ---- hostile files ----------------------------------------------------------------------------

    private void refused(String file, String key, String... inMessage) throws Exception {
        Path spec = spec("{\"parts\": [{\"title\": \"附件\", \"file\": \"" + file + "\"}]}");
        Path print = dir.resolve("申报材料.pdf");
        assertThatThrownBy(() -> build(spec)).isInstanceOfSatisfying(PackageException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.message(ZH)).contains(file).contains(inMessage);
        });
        assertThat(print).as("nothing written").doesNotExist();
    }

    @Test
    void aPdfWithABrokenCrossReferenceTableIsRefused() throws Exception {
        byte[] b = Files.readAllBytes(userPdf(dir.resolve("ok.pdf"), 2, 100));
        String s = new String(b, StandardCharsets.ISO_8859_1);
        int xref = s.lastIndexOf("\nxref");
        // every object offset in the table shifted: the table no longer points at the objects
        String broken = s.substring(0, xref) + s.substring(xref).replaceAll("(?m)^(\\d{10}) 00000 n", "0000000999 00000 n");
        Files.write(dir.resolve("坏.pdf"), broken.getBytes(StandardCharsets.ISO_8859_1));
        refused("坏.pdf", "package.pdf.broken", "已损坏");
    }

    /** A PDF whose trailer names a standard security handler, as every password-protected PDF does. */
    static byte[] encryptedPdf(boolean streamTrailer) {
        String enc = "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -1844"
                + " /O <" + "2f".repeat(32) + "> /U <" + "3a".repeat(32) + "> >>";
        StringBuilder sb = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        String[] objs = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        for (int i = 0; i < objs.length; i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 4\n0000000000 65535 f \n");
        for (int o : offsets) {
            sb.append(String.format("%010d 00000 n \n", o));
        }
        sb.append("trailer\n<< /Size 4 /Root 1 0 R ").append(enc)
                .append(" /ID [<").append("ab".repeat(16)).append("> <").append("ab".repeat(16)).append(">] >>\n");
        sb.append("startxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEncryptedPdfIsRefusedBeforeItIsRead() throws Exception {
        Files.write(dir.resolve("加密.pdf"), encryptedPdf(false));
        refused("加密.pdf", "package.pdf.encrypted", "密码");
    }

    @Test
    void anImageOfTwentyThousandPixelsASideIsRefusedFromItsHeader() throws Exception {
        // only the header: a decoder would need 1.6 GB for it; the size alone refuses it
        byte[] small = png(16, 16, 0);
        byte[] b = Arrays.copyOf(small, small.length);
        int w = 20_000;
        for (int i = 0; i < 4; i++) {
            b[16 + i] = (byte) (w >>> (24 - 8 * i));
            b[20 + i] = (byte) (w >>> (24 - 8 * i));
        }
        Files.write(dir.resolve("巨大.png"), b);
        refused("巨大.png", "package.image.tooLarge", "20000 × 20000");
        // the same for a JPEG whose frame header claims 20,000 × 20,000
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "jpg", jpg);
        byte[] j = jpg.toByteArray();
        for (int i = 2; i + 9 < j.length; i++) {
            if ((j[i] & 0xFF) == 0xFF && (j[i + 1] & 0xFF) == 0xC0) {
                j[i + 5] = (byte) (w >>> 8);
                j[i + 6] = (byte) w;
                j[i + 7] = (byte) (w >>> 8);
                j[i + 8] = (byte) w;
                break;
            }
        }
        Files.write(dir.resolve("巨大.jpg"), j);
        refused("巨大.jpg", "package.image.tooLarge", "20000 × 20000");
    }

    @Test
    void aTruncatedJpegIsRefused() throws Exception {
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 300; y++) {
                img.setRGB(x, y, (x * 7 + y * 13) & 0xFFFFFF);
            }
        }
        ImageIO.write(img, "jpg", jpg);
        byte[] whole = jpg.toByteArray();
        Files.write(dir.resolve("半张.jpg"), Arrays.copyOf(whole, whole.length * 2 / 3));
        refused("半张.jpg", "package.image.truncated", "不完整");
        Files.write(dir.resolve("整张.jpg"), whole);
        PackageBuilder.Result r = build(spec("{\"parts\": [{\"title\": \"附件\", \"file\": \"整张.jpg\"}]}"));
        assertThat(r.emailPages()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoImageOrAMissingFileIsNamed() throws Exception {
        Files.writeString(dir.resolve("说明.jpg"), "not an image");
        refused("说明.jpg", "package.image.format", "JPEG");
        refused("没有.pdf", "package.file.missing", "找不到");
    }

    @Test
    void aSpecWithMistakesNamesThePlace() throws Exception {
        assertThatThrownBy(() -> PackageSpec.read(spec("{\"parts\": [{\"title\": \"甲\", \"file\": \"a.pdf\", \"draft\": \"b.shenbao\"}]}")))
                .isInstanceOfSatisfying(PackageException.class, e -> assertThat(e.message(ZH)).contains("parts[0]").contains("甲"));
        assertThatThrownBy(() -> PackageSpec.read(spec("{\"parts\": [], \"sets\": 2}")))
                .isInstanceOfSatisfying(PackageException.class, e -> assertThat(e.key()).isEqualTo("package.spec.noParts"));
        assertThatThrownBy(() -> PackageSpec.read(spec("{\"parts\": [{\"title\": \"甲\", \"toc\": true}], \"set\": 2}")))
                .isInstanceOfSatisfying(PackageException.class, e -> assertThat(e.message(ZH)).contains("“set”").contains("sets"));
        assertThatThrownBy(() -> PackageSpec.read(spec("{\"parts\": [")))
                .isInstanceOfSatisfying(PackageException.class, e -> assertThat(e.key()).isEqualTo("package.spec.notJson"));
    }
}
