package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line with T7 (南通 项目推荐汇总表) and the 国家重点研发计划 申报资格自查表: the examples validate and
 * export with {@code --final}; {@code set} takes a guide code only as one of 附件1's; {@code validate} of a
 * summary over its quota and of an applicant who does not qualify names the field and the clause.
 */
class SelfCheckAndSummaryCliTest {
    @TempDir
    Path dir;

    private String example(String id) throws Exception {
        Path copy = dir.resolve(id + ".shenbao");
        Files.copy(Path.of("..", "docs", "examples", id + "-sample.shenbao"), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nt-2023-summary", "gjzx-2024-eligibility"})
    void theExampleValidatesAndExports(String id) throws Exception {
        String f = example(id);
        Result v = CliRunner.run("validate", f);
        assertThat(v.out()).isEmpty();
        assertThat(v.code()).isZero();
        Path pdf = dir.resolve(id + ".pdf");
        Result e = CliRunner.run("export", f, "--pdf", pdf.toString(), "--final");
        assertThat(e.code()).as(e.err()).isZero();
        assertThat(pdf).isRegularFile();
    }

    @Test
    void theGuideCodeIsOneOfAnnex1AndTheQuotaFollowsTheRecommender() throws Exception {
        String f = example("nt-2023-summary");
        Result bad = CliRunner.run("set", f, "projects[0].guideCode=1004 元宇宙");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("1001 人工智能");
        assertThat(CliRunner.run("set", f, "projects[0].guideCode=1002 量子信息").code()).isZero();
        assertThat(CliRunner.run("set", f, "recommenderKind=南通创新区").code()).isZero();
        Result v = CliRunner.run("validate", f);
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).singleElement().satisfies(l -> assertThat(l)
                .contains("ERROR\tprojects\t", "共 4 项", "推荐名额 3 项", "通知 三"));
    }

    @Test
    void anApplicantWhoDoesNotQualifyIsToldWhyWithTheClause() throws Exception {
        String f = example("gjzx-2024-eligibility");
        assertThat(CliRunner.run("set", f, "leader.birthDate=1963-05-01", "leader.civilServant=是").code()).isZero();
        Result v = CliRunner.run("validate", f);
        assertThat(v.code()).isEqualTo(1);
        assertThat(v.lines()).hasSize(2).anySatisfy(l -> assertThat(l).contains("leader.birthDate", "三.2"))
                .anySatisfy(l -> assertThat(l).contains("leader.civilServant", "三.3"));
        assertThat(CliRunner.run("set", f, "projectKind=“揭榜挂帅”项目", "leader.civilServant=否").code()).isZero();
        assertThat(CliRunner.run("validate", f).code()).as("四.3 waives the age").isZero();
    }
}
