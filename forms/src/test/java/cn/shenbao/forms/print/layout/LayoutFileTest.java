package cn.shenbao.forms.print.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The paper layout file is typed: a misspelt key, an unknown part type, a path or column the template does not
 * have, a cell with two kinds of content or a row narrower than its table are refused with a message naming the
 * file and the place, and every built-in layout is valid.
 */
class LayoutFileTest {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    final TemplateDef kczg = TemplateRegistry.builtIn().get("kczg-2024");

    static String builtIn(String id) throws IOException {
        try (InputStream in = LayoutFileTest.class.getResourceAsStream(PrintLayout.resource(id))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The built-in kczg layout with {@code from} replaced (exactly once) by {@code to}. */
    String changed(String from, String to) throws IOException {
        String json = builtIn("kczg-2024");
        int at = json.indexOf(from);
        assertThat(at).as("the layout contains %s", from).isNotNegative();
        assertThat(json.indexOf(from, at + 1)).as("%s occurs once", from).isNegative();
        return json.replace(from, to);
    }

    IllegalArgumentException refused(String json) {
        try {
            PrintLayout.parse(kczg, json.getBytes(StandardCharsets.UTF_8), ZH);
        } catch (IllegalArgumentException e) {
            return e;
        }
        throw new AssertionError("the layout was accepted");
    }

    @Test
    void everyBuiltInLayoutFitsItsTemplate() {
        int layouts = 0;
        for (TemplateDef t : TemplateRegistry.builtIn().all()) {
            if (PrintLayout.exists(t.id())) {
                PrintLayout l = PrintLayout.of(t, ZH);
                assertThat(LayoutCheck.problems(t, l.spec(), ZH)).as(t.id()).isEmpty();
                assertThat(l.spec().parts()).isNotEmpty();
                layouts++;
            }
        }
        assertThat(layouts).isPositive();
    }

    @Test
    void aMisspeltKeyIsRefusedNamingTheFileThePlaceAndTheKey() throws IOException {
        String json = changed("{\"heading\": \"unit\", \"colSpan\": 5}", "{\"heading\": \"unit\", \"colspan\": 5}");
        IllegalArgumentException e = refused(json);
        assertThat(e.getMessage()).contains("kczg-2024.print.json", "“colspan”", "parts[2].rows[0].cells[0]",
                "colSpan");
    }

    @Test
    void aMisspeltKeyAtTheTopOrInAPartIsRefusedToo() throws IOException {
        assertThat(refused(changed("\"bodySize\": 10.5", "\"bodysize\": 10.5")).getMessage()).contains("“bodysize”");
        assertThat(refused(changed("\"pageBreakBefore\": true, \"columns\": [1.5",
                "\"pagebreakBefore\": true, \"columns\": [1.5")).getMessage()).contains("parts[2]", "“pagebreakBefore”");
    }

    @Test
    void anUnknownPartTypeIsRefused() throws IOException {
        String json = changed("{\"type\": \"instructions\"", "{\"type\": \"instruction\"");
        assertThat(refused(json).getMessage()).contains("kczg-2024.print.json", "parts[1]", "“instruction”");
    }

    @Test
    void anUnknownFieldPathIsRefusedWhenTheLayoutIsRead() throws IOException {
        String json = changed("{\"label\": \"uscc\"}", "{\"label\": \"usci\"}");
        assertThat(refused(json).getMessage()).contains("kczg-2024.print.json", "parts[2].rows[2].cells[0].label",
                "“usci”");
    }

    @Test
    void anUnknownColumnOfARepeatedRowIsRefused() throws IOException {
        String json = changed("{\"value\": \"unitPost\"}", "{\"value\": \"unitPosition\"}");
        assertThat(refused(json).getMessage()).contains("parts[10].rows[2].cells[2].value", "members[].unitPosition");
    }

    @Test
    void mergeDownNamesAColumnShownInItsRepeatedRow() throws IOException {
        String json = changed("{\"repeat\": \"members\",", "{\"repeat\": \"members\", \"mergeDown\": [\"unitPost\", \"duty\", \"nmae\"],");
        String m = refused(json).getMessage();
        assertThat(m).contains("parts[10].rows[2].mergeDown", "“nmae”");
        assertThat(m).doesNotContain("“unitPost”");
        String notRepeated = changed("{\"cells\": [{\"text\": \"序号\", \"align\": \"center\"}, {\"label\": \"members[].name\"",
                "{\"mergeDown\": [\"name\"], \"cells\": [{\"text\": \"序号\", \"align\": \"center\"}, {\"label\": \"members[].name\"");
        assertThat(refused(notRepeated).getMessage()).contains("parts[10].rows[1]", "repeat");
    }

    @Test
    void anUnknownSectionIsRefused() throws IOException {
        String json = changed("{\"heading\": \"basis\"}", "{\"heading\": \"basics\"}");
        assertThat(refused(json).getMessage()).contains("parts[4].rows[0].cells[0].heading", "“basics”");
    }

    @Test
    void aCellWithTwoKindsOfContentAndARowNarrowerThanItsTableAreRefused() throws IOException {
        String twoKinds = changed("{\"label\": \"uscc\"}", "{\"label\": \"uscc\", \"text\": \"统一社会信用代码\"}");
        assertThat(refused(twoKinds).getMessage()).contains("parts[2].rows[2].cells[0]", "text, label");
        String narrow = changed("{\"value\": \"uscc\", \"colSpan\": 3}", "{\"value\": \"uscc\", \"colSpan\": 2}");
        assertThat(refused(narrow).getMessage()).contains("parts[2].rows[2]", "4", "5");
    }

    @Test
    void theTemplateNamedInTheFileMustBeTheTemplate() throws IOException {
        String json = changed("\"template\": \"kczg-2024\"", "\"template\": \"kczg-2023\"");
        assertThat(refused(json).getMessage()).contains("kczg-2023", "kczg-2024");
    }

    @Test
    void englishMessagesOnRequest() throws IOException {
        String json = changed("{\"label\": \"uscc\"}", "{\"label\": \"usci\"}");
        assertThatThrownBy(() -> PrintLayout.parse(kczg, json.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH))
                .hasMessageContaining("does not fit its template").hasMessageContaining("usci");
    }
}
