package cn.shenbao.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.app.cli.CliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package <spec> --out <file.pdf>}: the documented example builds; a broken input is refused and nothing written. */
class PackageCommandTest {
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "package", "kczg-2024-package.json");

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleBuildsBothPdfsAndSaysWhatToPrint() throws Exception {
        Path out = dir.resolve("申报材料.pdf");
        Result r = CliRunner.run("package", EXAMPLE.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out).isRegularFile();
        assertThat(dir.resolve("申报材料-电子版.pdf")).isRegularFile();
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(1)).startsWith("项目申报书（含附件：拟解决的产业问题难题）\t1\t");
        assertThat(r.err()).contains("需打印 6 套");
        Result again = CliRunner.run("package", EXAMPLE.toString(), "--out", out.toString());
        assertThat(again.code()).as("our own package is replaced").isZero();
    }

    @Test
    void aBrokenSpecOrFileIsRefusedAndNothingIsWritten() throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, "{\"parts\": [{\"title\": \"附件\", \"file\": \"扫描.jpg\"}]}");
        Files.write(dir.resolve("扫描.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
        Path out = dir.resolve("out.pdf");
        Result r = CliRunner.run("package", spec.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("扫描.jpg").contains("不完整");
        assertThat(out).doesNotExist();
        Files.writeString(dir.resolve("other.pdf"), "not ours");
        Files.writeString(spec, "{\"parts\": [{\"title\": \"目录\", \"toc\": true}]}");
        Result refused = CliRunner.run("package", spec.toString(), "--out", dir.resolve("other.pdf").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("other.pdf"))).isEqualTo("not ours");
    }
}
