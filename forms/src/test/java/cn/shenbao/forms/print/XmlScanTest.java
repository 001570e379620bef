package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The self-check's XML scanner ({@link XmlScan}, issue 15) reads the text of a DOCX part exactly as the JDK's StAX
 * parser did (the reference below is the code it replaced), on our exports and on XML shapes Word and other
 * writers use; malformed XML is an error naming the place, never a wrong text.
 */
class XmlScanTest {
    private static final String W = SelfCheck.W_NS;

    @TempDir
    Path dir;

    @Test
    void everyPartOfOurExportsReadsAsStaxReadIt() throws Exception {
        TemplateDef t = TemplateRegistry.builtIn().get("kczg-2024");
        Draft full = SampleDrafts.kczgComplete();
        for (PrintOptions o : List.of(PrintOptions.defaults(), PrintOptions.defaults().withDuplex(true),
                PrintOptions.defaults().withContentControls(false))) {
            Path docx = dir.resolve("a" + o.hashCode() + ".docx");
            new Exporter().exportDocx(t, full, docx, o);
            String text = SelfCheck.docxText(docx);
            assertThat(text).isEqualTo(staxDocxText(docx)).contains(full.text("projectName"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // entities and character references, in text and attributes
        "<w:document xmlns:w='W'><w:body><w:p><w:r><w:t xml:space=\"preserve\"> a &lt;&gt;&amp;&quot;&apos; &#20013;&#x56fd;"
                + " </w:t></w:r></w:p></w:body></w:document>",
        // CDATA, comments, processing instructions, a declaration
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- c --><w:document xmlns:w='W'><?pi x?>"
                + "<w:p><w:r><w:t><![CDATA[<x>&amp;]]>申报<!-- inner --></w:t></w:r></w:p></w:document>",
        // a default namespace, another prefix for the same namespace, a rebinding inside
        "<document xmlns='W' xmlns:v='W'><p><r><t>默认</t></r></p><v:p><v:r><v:t>别名</v:t><v:tab/><v:br/></v:r></v:p>"
                + "<x:p xmlns:x='other'><x:t>不算</x:t></x:p><p xmlns='none'><t>也不算</t></p></document>",
        // a byte-order mark and Windows line ends (normalised to \n, as StAX does)
        "\uFEFF<w:document xmlns:w='W'><w:p><w:r><w:t xml:space='preserve'>一\r\n二\r三</w:t></w:r></w:p></w:document>",
        // tables, attributes with > and quotes, white space in tags
        "<w:tbl xmlns:w = \"W\" ><w:tr ><w:tc w:a='1>2' w:b=\"'\"><w:p><w:r><w:t\n>格</w:t\n></w:r></w:p></w:tc>"
                + "<w:tc><w:p/></w:tc></w:tr></w:tbl>",
    })
    void partsReadAsStaxReadThem(String xml) throws Exception {
        String real = xml.replace("'W'", "'" + W + "'").replace("\"W\"", "\"" + W + "\"");
        StringBuilder ours = new StringBuilder();
        scanText(real, ours);
        StringBuilder stax = new StringBuilder();
        staxPartText(new ByteArrayInputStream(real.getBytes(StandardCharsets.UTF_8)), stax);
        assertThat(ours.toString()).isEqualTo(stax.toString()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<a><b></a>",
        "<a>",
        "<a></a><b/>",
        "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>",
        "<a>&unknown;</a>",
        "<a>&#xZZ;</a>",
        "<a>&#+65;</a>",
        "<a>&#xD800;</a>",
        "<a>&#0;</a>",
        "<p:a/>",
        "<a b=c/>",
        "<a><![CDATA[x</a>",
        "<a><!-- x</a>",
        "text<a/>",
        "",
    })
    void malformedXmlIsAnErrorNamingThePlace(String xml) {
        assertThatThrownBy(() -> scanText(xml, new StringBuilder())).isInstanceOf(IOException.class)
                .hasMessageContaining("malformed XML at character");
    }

    /** Our scanner with the self-check's own handler. */
    private static void scanText(String xml, StringBuilder sb) throws IOException {
        SelfCheck.xmlText(xml, sb);
    }

    // ------------------------------------------------------------ the StAX reading it replaced (the reference)

    private static String staxDocxText(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> headers = new ArrayList<>();
            List<String> footers = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                String name = en.nextElement().getName();
                if (name.startsWith("word/header")) {
                    headers.add(name);
                } else if (name.startsWith("word/footer")) {
                    footers.add(name);
                }
            }
            headers.sort(null);
            footers.sort(null);
            StringBuilder sb = new StringBuilder();
            for (String h : headers) {
                staxPartText(zip.getInputStream(zip.getEntry(h)), sb);
            }
            staxPartText(zip.getInputStream(zip.getEntry("word/document.xml")), sb);
            for (String f : footers) {
                staxPartText(zip.getInputStream(zip.getEntry(f)), sb);
            }
            return sb.toString();
        }
    }

    private static void staxPartText(InputStream in, StringBuilder sb) throws Exception {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        try (in) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            boolean inText = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> sb.append('\t');
                        case "br", "cr" -> sb.append('\n');
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "t" -> inText = false;
                        case "p", "tr" -> sb.append('\n');
                        case "tc" -> sb.append('\t');
                        default -> {
                        }
                    }
                } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
            }
            r.close();
        }
    }
}
