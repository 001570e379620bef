package cn.shenbao.forms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample draft used by exports, benchmarks and the client's demo is a draft a person could have saved. */
class SampleDraftsTest {
    @TempDir
    Path dir;

    @Test
    void completeSampleSurvivesSaveAndLoadAndHasNoError() throws Exception {
        Draft d = SampleDrafts.kczgComplete();
        Path f = dir.resolve("sample.shenbao");
        DraftFiles files = DraftFiles.builtIn();
        files.save(d, f);
        assertThat(files.load(f).sameContent(d)).isTrue();
        List<Finding> findings = RuleEngine.check(TemplateRegistry.builtIn().get("kczg-2024"), d);
        assertThat(findings).as("the sample is a complete, correct application").isEmpty();
        assertThat(d.rowCount("members")).isEqualTo(20);
    }

    /** The example in docs/examples is this sample, saved: it loads, is correct, and does not go stale. */
    @Test
    void theExampleInTheDocsIsTheSample() throws Exception {
        Path example = Path.of("..", "docs", "examples", "kczg-2024-sample.shenbao");
        assertThat(example).as("run from the forms module of a checkout").isRegularFile();
        Draft d = DraftFiles.builtIn().load(example);
        assertThat(d.sameContent(SampleDrafts.kczgComplete())).isTrue();
        assertThat(RuleEngine.check(TemplateRegistry.builtIn().get("kczg-2024"), d)).isEmpty();
    }
}
