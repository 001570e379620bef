package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example of docs/draft-format.md loads, and the document shows it unchanged. */
class DraftFormatDocTest {
    private static final Path EXAMPLE = Path.of("src/test/resources/cn/shenbao/forms/draft/example.shenbao");
    private static final Path DOC = Path.of("../docs/draft-format.md");

    @TempDir
    Path dir;

    @Test
    void theExampleLoadsWithEveryValueShape() throws Exception {
        Draft d = DraftFiles.builtIn().load(EXAMPLE);
        assertThat(d.templateId()).isEqualTo("kczg-2024");
        assertThat(d.templateVersion()).isEqualTo(1);
        assertThat(d.created()).isEqualTo(Instant.parse("2024-05-06T01:30:00Z"));
        assertThat(d.modified()).isEqualTo(Instant.parse("2024-05-08T09:12:45Z"));
        assertThat(d.program()).isEqualTo("shenbao 0.1.0");
        assertThat(d.text("projectName")).isEqualTo("“科创中国”人工智能科技服务团");
        assertThat(d.text("unitIntro")).isEqualTo("第一行\n第二行：学会成立于1981年。");
        assertThat(d.text("projectPeriod.to")).isEqualTo("2025-03-31");
        assertThat(d.text("castFunding")).isEqualTo("80.00");
        assertThat(d.rows("members")).containsExactly(Map.of("name", "张三", "unitPost", "某大学 教授"),
                Map.of("name", "李四", "duty", "技术攻关"));
        assertThat(d.text("members[1].duty")).isEqualTo("技术攻关");
        assertThat(d.choices("industryFields")).containsExactly("新材料", "其他");
        assertThat(d.text("industryFields.other")).isEqualTo("低空经济配套");
        assertThat(d.text("recommendationLetter")).isEqualTo("true");
        assertThat(d.acknowledged()).containsExactly("rowCount|roster");
        assertThat(Values.usccProblem(d.text("uscc"))).isNull();
        // the example is written exactly as the program writes it
        assertThat(new String(DraftFiles.toBytes(d), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentShowsTheExampleVerbatim() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        assertThat(doc).contains("```json\n" + example + "```");
    }

    @Test
    void theDocumentNamesEveryProblem() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (DraftFileException.Problem p : DraftFileException.Problem.values()) {
            assertThat(doc).as(p.name()).contains("`" + p.name() + "`");
        }
        for (String term : List.of("formatVersion", ".bak", "acknowledged", "migrations", "<path>.other", ".from", ".to")) {
            assertThat(doc).contains(term);
        }
    }
}
