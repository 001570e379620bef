package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.template.FieldDef;
import cn.shenbao.forms.template.FieldType;
import cn.shenbao.forms.template.RuleDef;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.testing.Gen;
import cn.shenbao.forms.testing.Property;
import cn.shenbao.forms.testing.RandomDrafts;
import cn.shenbao.forms.testing.Rnd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any draft of any form survives save → load unchanged, and its file is written the same way twice.
 * Drafts are arbitrary (any text at any path of the form, choices, tables with any columns filled,
 * acknowledgements), not only valid ones. Seeded: a failure prints the seed to replay it with
 * {@code -Dshenbao.seed=…} (see {@link Property}).
 */
class DraftFilesPropertyTest {
    private static final DraftFiles FILES = DraftFiles.builtIn();
    private static final List<TemplateDef> TEMPLATES = TemplateRegistry.builtIn().all();

    @TempDir
    Path dir;

    /** Text with CJK, supplementary characters, quotes, backslashes, line breaks and JSON-special characters. */
    static final Gen<String> TEXT = Gen.<String>oneOf(
            Gen.element("中", "国", "科", "创", "😀", "👩‍🔬", "𠀾", "𪚥", "\"", "'", "“", "”", "\\", "\\n", "\n",
                    "\r\n", "\t", " ", "/", "{", "}", "[", "]", ":", ",", "\u0000", "\u001f", "\u2028", "é", "Ω"),
            r -> codePoints(r, 0x4E00, 0x9FA5),
            r -> codePoints(r, 0x20, 0x7E))
            .list(1, 12).map(l -> String.join("", l));

    private static String codePoints(Rnd r, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.between(1, 6); i > 0; i--) {
            sb.appendCodePoint(r.between(from, to));
        }
        return sb.toString();
    }

    /** Leaf paths outside tables that hold one text (choices' .other texts included). */
    private static List<String> leafPaths(TemplateDef t) {
        List<String> out = new ArrayList<>();
        for (String p : t.paths()) {
            FieldDef f = t.field(p);
            if (!p.contains("[]") && f.type().isLeaf() && f.type() != FieldType.MULTI_CHOICE) {
                out.add(p);
            }
            if (!p.contains("[]") && f.otherOption() != null) {
                out.add(p + ".other");
            }
        }
        return out;
    }

    private static List<String> paths(TemplateDef t, FieldType type) {
        return t.paths().stream().filter(p -> !p.contains("[") && t.field(p).type() == type).toList();
    }

    /** Arbitrary drafts of a random built-in form. */
    static final Gen<Draft> DRAFTS = r -> {
        TemplateDef t = r.pick(TEMPLATES);
        Draft d = FILES.create(t.id());
        List<String> leaves = leafPaths(t);
        for (int i = r.between(0, 25); i > 0; i--) {
            d.set(r.pick(leaves), TEXT.next(r));
        }
        for (String m : paths(t, FieldType.MULTI_CHOICE)) {
            d.setChoices(m, Gen.subset(t.field(m).options()).next(r));
        }
        for (String table : paths(t, FieldType.TABLE)) {
            List<String> columns = t.field(table).columns().stream().map(FieldDef::id).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = r.between(0, 5); i > 0; i--) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String c : Gen.subset(columns).next(r)) {
                    row.put(c, TEXT.next(r));
                }
                rows.add(row);
            }
            d.setRows(table, rows);
        }
        List<String> acks = new ArrayList<>();
        for (RuleDef rule : t.rules()) {
            acks.add(rule.name() + "|" + r.pick(leaves));
        }
        Gen.subset(acks).next(r).stream().limit(3).forEach(d::acknowledge);
        return d;
    };

    @Test
    void saveThenLoadKeepsTheContentAndWritesTheSameBytes() {
        Property.check("save → load keeps every draft", 300, DRAFTS, d -> d.templateId() + " " + d.flatten()
                + " acknowledged " + d.acknowledged(), draft -> {
            Path f = dir.resolve("d.shenbao");
            Files.deleteIfExists(f);
            FILES.save(draft, f);
            Draft loaded = FILES.load(f);
            assertThat(loaded.sameContent(draft)).as(draft.flatten().toString()).isTrue();
            assertThat(loaded.flatten()).isEqualTo(draft.flatten());
            assertThat(loaded.created()).isEqualTo(draft.created());
            assertThat(loaded.modified()).isEqualTo(draft.modified());

            byte[] written = Files.readAllBytes(f);
            assertThat(DraftFiles.toBytes(loaded)).isEqualTo(written);

            Path g = dir.resolve("e.shenbao");
            Files.deleteIfExists(g);
            FILES.save(loaded, g);
            assertThat(withoutModified(Files.readAllBytes(g))).isEqualTo(withoutModified(written));
            assertThat(FILES.load(g).sameContent(draft)).isTrue();
        });
    }

    @Test
    void completeValidDraftsOfEveryFormSurviveSaveAndLoad() {
        for (TemplateDef t : TEMPLATES) {
            Property.check("save → load keeps complete drafts of " + t.id(), 40, RandomDrafts.valid(t),
                    d -> d.flatten().toString(), draft -> {
                Path f = dir.resolve("v.shenbao");
                Files.deleteIfExists(f);
                FILES.save(draft, f);
                assertThat(FILES.load(f).flatten()).isEqualTo(draft.flatten());
            });
        }
    }

    private static String withoutModified(byte[] bytes) throws IOException {
        return new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"modified\" : \"[^\"]*\"", "\"modified\" : \"\"");
    }
}
