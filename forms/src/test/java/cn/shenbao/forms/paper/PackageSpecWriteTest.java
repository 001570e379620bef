package cn.shenbao.forms.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec a client saves is the spec {@link PackageSpec#read} reads back, its file names relative to its folder. */
class PackageSpecWriteTest {
    @TempDir
    Path dir;

    @Test
    void aWrittenSpecReadsBackTheSamePartsAndOptions() throws Exception {
        Path examples = Path.of("..", "docs", "examples").toAbsolutePath().normalize();
        PackageSpec seed = PackageSpec.read(examples.resolve("package").resolve("kczg-2024-package.json"));
        // the spec's folder two levels into the temporary folder: the examples (wherever the checkout is, even in
        // the system's temporary folder beside this one) are then more than one folder up, and written absolute
        Path folder = Files.createDirectories(dir.resolve("学会").resolve("2024"));
        Path scans = Files.createDirectories(folder.resolve("扫描件"));
        PackageSpec spec = new PackageSpec(seed.base(), "申报材料 “科创中国”", 6, 12.5, true, List.of(
                seed.parts().get(0), seed.parts().get(1),
                new PackageSpec.Part("证明材料", PackageSpec.Kind.FILES,
                        List.of(scans.resolve("执照.jpg"), scans.resolve("证书.pdf")), true),
                new PackageSpec.Part("封面", PackageSpec.Kind.FILES, List.of(folder.resolve("封面.pdf")), false)));
        Path file = folder.resolve("清单.json");
        // beside the spec's folder: ../
        spec = new PackageSpec(spec.base(), spec.title(), spec.sets(), spec.bindingMarginMm(), true,
                java.util.stream.Stream.concat(spec.parts().stream(), java.util.stream.Stream.of(new PackageSpec.Part("附件",
                        PackageSpec.Kind.FILES, List.of(folder.getParent().resolve("附件.png")), true))).toList());
        spec.write(file, Locale.SIMPLIFIED_CHINESE);
        String json = Files.readString(file);
        assertThat(json).contains("\"扫描件/执照.jpg\"").contains("\"file\" : \"封面.pdf\"").contains("\"toc\" : true")
                .contains("\"draft\" : \"" + examples.resolve("kczg-2024-sample.shenbao") + "\"")
                .as("files in the spec's folder are named relative to it").doesNotContain(folder.resolve("扫描件").toString());
        PackageSpec back = PackageSpec.read(file);
        assertThat(back.title()).isEqualTo(spec.title());
        assertThat(back.sets()).isEqualTo(6);
        assertThat(back.bindingMarginMm()).isEqualTo(12.5);
        assertThat(back.duplexRightStart()).isTrue();
        assertThat(json).contains("\"file\" : \"../附件.png\"");
        assertThat(back.parts()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            PackageSpec.Part a = spec.parts().get(i);
            PackageSpec.Part b = back.parts().get(i);
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.kind()).isEqualTo(a.kind());
            assertThat(b.numbered()).isEqualTo(a.numbered());
            assertThat(b.files()).isEqualTo(a.files().stream().map(f -> f.toAbsolutePath().normalize()).toList());
        }
    }

    @Test
    void aSpecThatCannotBeWrittenSaysWhichFileAndLeavesTheOldOne() throws Exception {
        PackageSpec spec = new PackageSpec(dir, null, 1, 0, false,
                List.of(new PackageSpec.Part("目录", PackageSpec.Kind.TOC, List.of(), false)));
        Path missing = dir.resolve("没有的文件夹").resolve("清单.json");
        assertThatThrownBy(() -> spec.write(missing, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(PackageException.class)
                .satisfies(e -> assertThat(((PackageException) e).message(Locale.SIMPLIFIED_CHINESE))
                        .contains("清单.json").contains("无法保存"));
        assertThat(missing).doesNotExist();
    }
}
