package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any draft of kczg-2024 survives save → load unchanged, and its file is written the same way twice. */
class DraftFilesPropertyTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");
    private static final DraftFiles FILES = DraftFiles.builtIn();

    /** Text with CJK, supplementary characters, quotes, backslashes, line breaks and JSON-special characters. */
    private static Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("中", "国", "科", "创", "😀", "👩‍🔬", "𠀾", "𪚥", "\"", "'", "“", "”", "\\", "\\n", "\n",
                        "\r\n", "\t", " ", "/", "{", "}", "[", "]", ":", ",", "\u0000", "\u001f", "\u2028", "é", "Ω"),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().ascii().ofMinLength(1).ofMaxLength(6));
        return pieces.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }

    private static List<String> leafPaths() {
        List<String> out = new ArrayList<>();
        for (String p : T.paths()) {
            FieldDef f = T.field(p);
            if (!p.contains("[]") && f.type() != FieldType.GROUP && f.type() != FieldType.TABLE
                    && f.type() != FieldType.COMPUTED && f.type() != FieldType.DATE_RANGE && f.type() != FieldType.MULTI_CHOICE) {
                out.add(p);
            }
        }
        out.add("industryFields.other");
        out.add("keyAreas.other");
        return out;
    }

    private static List<String> paths(FieldType type, boolean topTables) {
        List<String> out = new ArrayList<>();
        for (String p : T.paths()) {
            if (T.field(p).type() == type && (!topTables || !p.contains("["))) {
                out.add(p);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<Draft> drafts() {
        Arbitrary<Map<String, String>> plain = Arbitraries.maps(Arbitraries.of(leafPaths()), text()).ofMaxSize(25);
        List<String> multi = paths(FieldType.MULTI_CHOICE, true);
        List<Arbitrary<List<String>>> perChoice = new ArrayList<>();
        for (String m : multi) {
            perChoice.add(Arbitraries.subsetOf(T.field(m).options()).map(List::copyOf));
        }
        Arbitrary<Map<String, List<String>>> choices = Combinators.combine(perChoice).as(lists -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (int i = 0; i < multi.size(); i++) {
                out.put(multi.get(i), lists.get(i));
            }
            return out;
        });
        List<String> tables = paths(FieldType.TABLE, true);
        List<Arbitrary<List<Map<String, String>>>> perTable = new ArrayList<>();
        for (String t : tables) {
            List<String> columns = T.field(t).columns().stream().map(FieldDef::id).toList();
            perTable.add(Arbitraries.maps(Arbitraries.of(columns), text()).ofMaxSize(columns.size()).list().ofMaxSize(5));
        }
        Arbitrary<Map<String, List<Map<String, String>>>> rows = Combinators.combine(perTable).as(lists -> {
            Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                out.put(tables.get(i), lists.get(i));
            }
            return out;
        });
        Arbitrary<Set<String>> acks = Arbitraries.of("maxChars|unitIntro", "rowCount|roster", "mentions|goals", "attached|recommendationLetter")
                .set().ofMaxSize(3);
        return Combinators.combine(plain, choices, rows, acks).as((p, c, r, a) -> {
            Draft d = FILES.create("kczg-2024");
            p.forEach(d::set);
            c.forEach(d::setChoices);
            r.forEach(d::setRows);
            a.forEach(d::acknowledge);
            return d;
        });
    }

    @Property(tries = 300)
    void saveThenLoadKeepsTheContentAndWritesTheSameBytes(@ForAll("drafts") Draft draft) throws Exception {
        Path dir = Files.createTempDirectory("shenbao-prop");
        try {
            Path f = dir.resolve("d.shenbao");
            FILES.save(draft, f);
            Draft loaded = FILES.load(f);
            assertThat(loaded.sameContent(draft)).as(draft.flatten().toString()).isTrue();
            assertThat(loaded.flatten()).isEqualTo(draft.flatten());
            assertThat(loaded.created()).isEqualTo(draft.created());
            assertThat(loaded.modified()).isEqualTo(draft.modified());

            byte[] written = Files.readAllBytes(f);
            assertThat(DraftFiles.toBytes(loaded)).isEqualTo(written);

            Path g = dir.resolve("e.shenbao");
            FILES.save(loaded, g);
            assertThat(withoutModified(Files.readAllBytes(g))).isEqualTo(withoutModified(written));
            assertThat(FILES.load(g).sameContent(draft)).isTrue();
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String withoutModified(byte[] bytes) throws IOException {
        return new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"modified\" : \"[^\"]*\"", "\"modified\" : \"\"");
    }
}
