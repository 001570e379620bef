package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our DOCX is valid OOXML: every XML part of the package validates against the schemas POI ships
 * (poi-ooxml-full, test scope); it has the named styles 正文 / 标题 1 / 标题, used by the paragraphs, and settings
 * with Word 2013+ compatibility (compatibilityMode 15), so Word opens it neither repaired nor in compatibility
 * mode.
 */
class DocxSchemaTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");
    /** The compiled OOXML schemas of poi-ooxml-full. */
    private static final SchemaTypeLoader OOXML = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem,
            XmlBeans.getContextTypeLoader());

    @TempDir
    Path dir;

    @Test
    void everyPartOfTheDocxIsValidAgainstTheOoxmlSchemas() throws Exception {
        List<Finding> errors = List.of(Finding.of(Severity.ERROR, "projectName", "required", "rule.required",
                "项目名称"));
        // with the 草稿 header, with binding and mirrored margins, and plain
        List<Path> files = List.of(
                new Exporter().exportDocx(T, SampleDrafts.kczgComplete(), dir.resolve("draft.docx"),
                        PrintOptions.defaults().withBindingMarginMm(20).withDuplex(true), errors).file(),
                new Exporter().exportDocx(T, SampleDrafts.kczgComplete(), dir.resolve("final.docx"),
                        PrintOptions.defaults(), List.of()).file());
        for (Path f : files) {
            List<String> problems = new ArrayList<>();
            List<String> validated = new ArrayList<>();
            try (OPCPackage pkg = OPCPackage.open(f.toFile())) {
                for (PackagePart part : pkg.getParts()) {
                    String name = part.getPartName().getName();
                    if (!part.getContentType().endsWith("xml") || part.isRelationshipPart()
                            || name.startsWith("/docProps/")) {
                        continue;
                    }
                    if (name.matches("/customXml/item\\d+\\.xml")) {
                        // the draft carried for reading back: our own namespace, no OOXML schema
                        try (InputStream in = part.getInputStream()) {
                            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                                    .contains(cn.shenbao.forms.print.docx.DraftPart.NS);
                        }
                        continue;
                    }
                    XmlObject xml;
                    try (InputStream in = part.getInputStream()) {
                        xml = OOXML.parse(in, null, new XmlOptions().setLoadLineNumbers());
                    }
                    withoutIgnorable(xml);
                    assertThat(xml.schemaType().isDocumentType()).as("%s: a known OOXML document type", name)
                            .isTrue();
                    List<XmlError> errs = new ArrayList<>();
                    xml.validate(new XmlOptions().setErrorListener(errs));
                    errs.forEach(e -> problems.add(name + ": " + e));
                    validated.add(name);
                }
            }
            assertThat(validated).as(f.getFileName().toString()).contains("/word/document.xml", "/word/styles.xml",
                    "/word/settings.xml");
            assertThat(validated).anyMatch(n -> n.startsWith("/word/footer"));
            if (f.getFileName().toString().startsWith("draft")) {
                assertThat(validated).anyMatch(n -> n.startsWith("/word/header"));
            }
            assertThat(problems).as(f.getFileName().toString()).isEmpty();
        }
    }

    /**
     * Removes what a consumer that does not know the namespaces listed in {@code mc:Ignorable} removes (ECMA-376
     * part 3, markup compatibility): Word 2010's {@code w14:checkbox} of the check-box controls, which the 2006
     * schemas do not know.
     */
    static void withoutIgnorable(XmlObject xml) {
        try (org.apache.xmlbeans.XmlCursor c = xml.newCursor()) {
            if (!c.toFirstChild()) {
                return;
            }
            String ignorable = c.getAttributeText(new javax.xml.namespace.QName(
                    "http://schemas.openxmlformats.org/markup-compatibility/2006", "Ignorable"));
            if (ignorable == null) {
                return;
            }
            java.util.Set<String> namespaces = new java.util.HashSet<>();
            for (String prefix : ignorable.trim().split("\\s+")) {
                String ns = c.namespaceForPrefix(prefix);
                if (ns != null) {
                    namespaces.add(ns);
                }
            }
            c.removeAttribute(new javax.xml.namespace.QName(
                    "http://schemas.openxmlformats.org/markup-compatibility/2006", "Ignorable"));
            while (c.hasNextToken()) {
                if (c.toNextToken() == org.apache.xmlbeans.XmlCursor.TokenType.START
                        && namespaces.contains(c.getName().getNamespaceURI())) {
                    c.removeXml();
                    c.toPrevToken();
                }
            }
        }
    }

    @Test
    void namedStylesAreDefinedAndUsedAndWordOpensItInItsCurrentMode() throws Exception {
        Path f = new Exporter().exportDocx(T, SampleDrafts.kczgComplete(), dir.resolve("full.docx"),
                PrintOptions.defaults(), List.of()).file();
        try (InputStream in = java.nio.file.Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFStyle normal = doc.getStyles().getStyle("Normal");
            XWPFStyle h1 = doc.getStyles().getStyle("Heading1");
            assertThat(normal).isNotNull();
            assertThat(h1).isNotNull();
            assertThat(normal.getName()).isEqualTo("Normal");
            assertThat(normal.getCTStyle().getAliases().getVal()).isEqualTo("正文");
            assertThat(h1.getName()).isEqualTo("heading 1");
            assertThat(h1.getCTStyle().getAliases().getVal()).isEqualTo("标题 1");
            assertThat(h1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(doc.getStyles().getStyle("Title")).isNotNull();
            // section headings (in table cells too) use 标题 1
            List<String> headings = new ArrayList<>();
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c ->
                    c.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
                            .map(XWPFParagraph::getText).forEach(headings::add))));
            doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID())).map(XWPFParagraph::getText)
                    .forEach(headings::add);
            assertThat(headings).contains("一、项目申报单位基本情况", "十一、申报单位审核意见");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getStyleID()).isEqualTo("Title"));
            String settings = doc.getSettings().getCTSettings().xmlText();
            assertThat(settings).contains("compatSetting").contains("w:name=\"compatibilityMode\"")
                    .contains("w:uri=\"http://schemas.microsoft.com/office/word\"").contains("w:val=\"15\"");
        }
    }
}
