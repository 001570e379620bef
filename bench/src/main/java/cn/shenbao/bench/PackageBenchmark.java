package cn.shenbao.bench;

import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.paper.PackageBuilder;
import cn.shenbao.forms.paper.PackageSpec;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateRegistry;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The paper package of issue 13: 5 complete 科创中国 applications exported on the way, plus 40 scanned pages (JPEG,
 * A4 at 150 dpi, grey, about 150 KB each) in 8 files, a 目录, page numbers, both PDFs (printing with binding margin
 * and duplex blanks, e-mail). Target ≤ 2 s. Single shots: the first warm-up is the first package of the JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class PackageBenchmark {
    PackageSpec spec;
    PackageBuilder builder;
    Path dir;

    @Setup
    public void setup() throws Exception {
        dir = Files.createTempDirectory("shenbao-package-bench");
        StringBuilder parts = new StringBuilder("{\"title\": \"申报材料\", \"sets\": 6, \"bindingMarginMm\": 10, \"duplexRightStart\": true,"
                + " \"parts\": [{\"title\": \"目录\", \"toc\": true, \"numbered\": false}");
        DraftFiles files = DraftFiles.builtIn();
        for (int i = 1; i <= 5; i++) {
            files.save(SampleDrafts.kczgComplete(), dir.resolve("d" + i + ".shenbao"));
            parts.append(", {\"title\": \"申报书").append(i).append("\", \"draft\": \"d").append(i).append(".shenbao\"}");
        }
        java.util.Random rnd = new java.util.Random(1);
        for (int f = 0; f < 8; f++) {
            parts.append(", {\"title\": \"证明材料").append(f + 1).append("\", \"files\": [");
            for (int p = 0; p < 5; p++) {
                BufferedImage img = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 1240, 1754);
                g.setColor(Color.DARK_GRAY);
                for (int line = 0; line < 60; line++) {
                    g.fillRect(120, 150 + line * 25, 400 + rnd.nextInt(600), 8); // lines of "text"
                }
                g.dispose();
                String name = "scan" + f + "-" + p + ".jpg";
                ImageIO.write(img, "jpg", dir.resolve(name).toFile());
                parts.append(p > 0 ? ", " : "").append('"').append(name).append('"');
            }
            parts.append("]}");
        }
        parts.append("]}");
        Files.writeString(dir.resolve("spec.json"), parts);
        spec = PackageSpec.read(dir.resolve("spec.json"));
        builder = new PackageBuilder(TemplateRegistry.builtIn(), new Exporter(), FontLocator.system(), Locale.SIMPLIFIED_CHINESE);
    }

    @Benchmark
    public PackageBuilder.Result package5Exports40Scans() throws Exception {
        return builder.build(spec, dir.resolve("out.pdf"), dir.resolve("out-email.pdf"));
    }
}
