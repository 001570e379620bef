package cn.shenbao.forms.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.samples.FormExamples;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Issue 14: the exported DOCX comes back. Export, change the DOCX's XML as Word does (text typed inside a control,
 * a paragraph added to a long text, a control deleted, a member row copied and filled in, a box ticked), read it
 * back: the comparison lists exactly those changes, and the changes taken end in the draft.
 */
class DocxRoundTripTest {
    static final String W = DocxReader.W;
    static final TemplateRegistry REG = TemplateRegistry.builtIn();
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    Path export(String id, Draft d, String name) throws Exception {
        return exportTo(dir, id, d, name);
    }

    Path exportTo(Path folder, String id, Draft d, String name) throws Exception {
        return new Exporter().exportDocx(REG.get(id), d, folder.resolve(name), PrintOptions.defaults(), List.of())
                .file();
    }

    Comparison.Result read(Path f, Draft target) throws Exception {
        return Comparison.compare(REG, f, DocxReader.read(f, ZH), target, ZH);
    }

    @Test
    void anUntouchedExportReadsBackUnchangedWithAControlForEveryPrintedValueOfEveryForm() throws Exception {
        List<String> ids = new ArrayList<>(FormExamples.IDS);
        ids.add(0, "kczg-2024");
        for (String id : ids) {
            Draft d = id.equals("kczg-2024") ? SampleDrafts.kczgComplete() : FormExamples.load(id);
            Path f = export(id, d, id + ".docx");
            Comparison.Result r = read(f, d);
            assertThat(r.templateId()).isEqualTo(id);
            assertThat(r.changes()).as(id).allSatisfy(c -> assertThat(c.status()).as(c.toString())
                    .isEqualTo(Comparison.Status.UNCHANGED));
            List<String> read = r.changes().stream().map(Comparison.Change::path).toList();
            TemplateDef t = REG.get(id);
            assertThat(read).as("%s: every printed value has its control", id)
                    .containsAll(Exporter.compile(t, d, PrintOptions.defaults()).printed().keySet().stream()
                            .filter(p -> !mergedIntoTheRowAbove(d, p)).toList());
        }
    }

    /**
     * A table cell printed in the merged cell of the rows above it ({@code mergeDown}: the same 一级指标 for several
     * rows) has no control of its own: the merged cell's control is tagged with the first row's path (a known
     * limit, docs/handoff.md).
     */
    static boolean mergedIntoTheRowAbove(Draft d, String path) {
        cn.shenbao.forms.draft.FieldPath p = cn.shenbao.forms.draft.FieldPath.parse(path);
        return p.isCell() && p.row() > 0 && !d.text(path).isEmpty()
                && d.text(path).equals(d.text(cn.shenbao.forms.draft.FieldPath.cell(p.table(), p.row() - 1, p.column())));
    }

    @Test
    void editsMadeAsWordMakesThemAreListedExactlyAndTakenIntoTheDraft() throws Exception {
        Draft d = SampleDrafts.kczgComplete();
        TemplateDef t = REG.get("kczg-2024");
        Path f = export("kczg-2024", d, "a.docx");
        String longPath = "basis";
        String firstCategory = t.field("category").options().stream().filter(o -> !d.choices("category").contains(o))
                .findFirst().orElseThrow();
        int catIndex = t.field("category").options().indexOf(firstCategory);
        edit(f, doc -> {
            // 1. text typed inside a control (both places the project name is printed: only one is edited)
            setText(control(doc, "projectName", 0), "“科创中国”人工智能科技服务团");
            // 2. a paragraph added at the end of a long text (Enter at the end of its last line: the new
            // paragraph continues the control)
            Element last = control(doc, longPath, count(doc, longPath) - 1);
            Element p = (Element) ancestor(last, "p").cloneNode(true);
            setText(p, "新增的一段。");
            ancestor(last, "p").getParentNode().insertBefore(p, ancestor(last, "p").getNextSibling());
            // 3. a control deleted with its text
            Element gone = control(doc, "contactPhone", 0);
            gone.getParentNode().removeChild(gone);
            // 4. a member row copied (Word: copy the row, paste below) and the name in the copy changed
            Element tr = ancestor(control(doc, "members[1].name", 0), "tr");
            Element copy = (Element) tr.cloneNode(true);
            tr.getParentNode().insertBefore(copy, tr.getNextSibling());
            setText(control(copy, "members[1].name", 0), "王五");
            // 5. another box of a single choice ticked, the old one unticked
            tick(control(doc, "category#" + catIndex, 0), true);
            tick(control(doc, "category#" + t.field("category").options().indexOf(d.text("category")), 0), false);
        });
        Comparison.Result r = read(f, d);
        List<String> listed = r.changes().stream().filter(c -> c.status() != Comparison.Status.UNCHANGED)
                .map(c -> c.status() + " " + c.path() + " " + c.proposed()).toList();
        int rows = d.rowCount("members");
        String expectedCategory = firstCategory;
        List<String> expected = new ArrayList<>(List.of(
                "CHANGED projectName “科创中国”人工智能科技服务团",
                "CHANGED basis " + d.text("basis") + "\n新增的一段。",
                "CHANGED category " + expectedCategory,
                "DELETED contactPhone null"));
        for (String col : List.of("name", "unitPost", "contact", "duty")) {
            String v = col.equals("name") ? "王五" : d.text("members[1]." + col);
            if (!v.isEmpty()) {
                expected.add("NEW_ROW members[" + rows + "]." + col + " " + v);
            }
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
        // take everything: the draft gets exactly those values, the deleted control's value stays
        Draft target = d.copy();
        Comparison.apply(t, target, r.takeable());
        assertThat(target.text("projectName")).isEqualTo("“科创中国”人工智能科技服务团");
        assertThat(target.text("basis")).endsWith("\n新增的一段。");
        assertThat(target.choices("category")).contains(firstCategory);
        assertThat(target.text("contactPhone")).isEqualTo(d.text("contactPhone"));
        assertThat(target.rowCount("members")).isEqualTo(rows + 1);
        assertThat(target.text("members[" + rows + "].name")).isEqualTo("王五");
        assertThat(target.text("members[1].name")).isEqualTo(d.text("members[1].name"));
        // take only the new row: nothing else changes
        Draft partial = d.copy();
        Comparison.apply(t, partial, r.takeable().stream().filter(c -> c.status() == Comparison.Status.NEW_ROW)
                .toList());
        assertThat(partial.text("projectName")).isEqualTo(d.text("projectName"));
        assertThat(partial.rowCount("members")).isEqualTo(rows + 1);
    }

    @Test
    void aDateThatIsNoDateIsUnreadableAndAChangeInBothPlacesIsAConflict() throws Exception {
        Draft d = SampleDrafts.kczgComplete();
        Path f = export("kczg-2024", d, "b.docx");
        edit(f, doc -> {
            setText(control(doc, "applyDate", 0), "下个月");
            setText(control(doc, "unitName", 0), "甲单位");
        });
        Draft two = d.copy();
        Path g = export("kczg-2024", d, "c.docx");
        TemplateDef t = REG.get("kczg-2024");
        edit(g, doc -> {
            for (int i = 0; i < t.field("category").options().size(); i++) {
                tick(control(doc, "category#" + i, 0), true);
            }
        });
        Comparison.Change both = read(g, two).changes().stream().filter(c -> c.path().equals("category")).findFirst()
                .orElseThrow();
        assertThat(both.status()).isEqualTo(Comparison.Status.UNREADABLE);
        assertThat(both.message()).contains("只能选一项");
        Draft mine = d.copy();
        mine.set("unitName", "乙单位");
        Comparison.Result r = read(f, mine);
        Comparison.Change date = r.changes().stream().filter(c -> c.path().equals("applyDate")).findFirst().orElseThrow();
        assertThat(date.status()).isEqualTo(Comparison.Status.UNREADABLE);
        assertThat(date.message()).contains("下个月");
        Comparison.Change unit = r.changes().stream().filter(c -> c.path().equals("unitName")).findFirst().orElseThrow();
        assertThat(unit.status()).isEqualTo(Comparison.Status.CONFLICT);
        assertThat(unit.current()).isEqualTo("乙单位");
        assertThat(unit.proposed()).isEqualTo("甲单位");
        assertThat(unit.original()).isEqualTo(d.text("unitName"));
    }

    @Test
    void aDocxThatIsNotOursOrIsMangledIsRefusedNamingWhatWasFound() throws Exception {
        Path notZip = Files.writeString(dir.resolve("x.docx"), "hello");
        assertThatThrownBy(() -> read(notZip, null)).hasMessageContaining("x.docx").hasMessageContaining("不是 DOCX");
        Path plain = new Exporter().exportDocx(REG.get("kczg-2024"), SampleDrafts.kczgComplete(),
                dir.resolve("plain.docx"), PrintOptions.defaults().withContentControls(false), List.of()).file();
        assertThatThrownBy(() -> read(plain, null)).hasMessageContaining("plain.docx")
                .hasMessageContaining("不是本程序导出");
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThatThrownBy(() -> read(bomb, null)).hasMessageContaining("bomb.docx").hasMessageContaining("压缩比");
    }

    // ---------------------------------------------------------------- editing the XML as Word does

    static void edit(Path docx, Consumer<Document> change) throws Exception {
        byte[] out;
        try (ZipFile zip = new ZipFile(docx.toFile()); ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                byte[] data = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    Document doc = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(data));
                    change.accept(doc);
                    ByteArrayOutputStream x = new ByteArrayOutputStream();
                    TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(x));
                    data = x.toByteArray();
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
            z.finish();
            out = bytes.toByteArray();
        }
        Files.write(docx, out);
    }

    /** The n-th control with this tag under {@code root}. */
    static Element control(Node root, String tag, int n) {
        NodeList tags = root instanceof Document d ? d.getElementsByTagNameNS(W, "tag")
                : ((Element) root).getElementsByTagNameNS(W, "tag");
        int seen = 0;
        for (int i = 0; i < tags.getLength(); i++) {
            Element t = (Element) tags.item(i);
            if (tag.equals(t.getAttributeNS(W, "val")) && seen++ == n) {
                return (Element) t.getParentNode().getParentNode();
            }
        }
        throw new AssertionError("no control " + tag);
    }

    static void tick(Element box, boolean on) {
        Element checked = (Element) box.getElementsByTagNameNS(DocxReader.W14, "checked").item(0);
        checked.setAttributeNS(DocxReader.W14, "w14:val", on ? "1" : "0");
        setText(box, on ? "☑" : "□");
    }

    static int count(Document doc, String tag) {
        NodeList tags = doc.getElementsByTagNameNS(W, "tag");
        int n = 0;
        for (int i = 0; i < tags.getLength(); i++) {
            n += tag.equals(((Element) tags.item(i)).getAttributeNS(W, "val")) ? 1 : 0;
        }
        return n;
    }

    /** Replaces the text of the control or paragraph: the first w:t gets it, the others are emptied. */
    static void setText(Element e, String text) {
        NodeList ts = e.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            ts.item(i).setTextContent(i == 0 ? text : "");
        }
        NodeList brs = e.getElementsByTagNameNS(W, "br");
        while (brs.getLength() > 0) {
            brs.item(0).getParentNode().removeChild(brs.item(0));
        }
        // a paragraph of several lines in one control: keep only the first paragraph
        Element content = child(e, "sdtContent");
        if (content != null) {
            NodeList ps = content.getElementsByTagNameNS(W, "p");
            while (ps.getLength() > 1) {
                ps.item(1).getParentNode().removeChild(ps.item(1));
            }
        }
    }

    static Element child(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && local.equals(el.getLocalName())) {
                return el;
            }
        }
        return null;
    }

    static Element ancestor(Element e, String local) {
        Node n = e;
        while (n != null && !(n instanceof Element el && local.equals(el.getLocalName()) && W.equals(el.getNamespaceURI()))) {
            n = n.getParentNode();
        }
        return (Element) n;
    }

    static String s(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
