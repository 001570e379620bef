package cn.shenbao.icons.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconGeneratorTest {
    static final Path SVG = Path.of("shenbao.svg");

    @Test
    void theSmallestIconShowsWhiteStrokesOnSealRedWithTransparentCorners() throws IOException {
        BufferedImage img = IconGenerator.render(IconGenerator.read(SVG), 16);
        assertThat(alpha(img, 0, 0)).as("corner outside the rounded square").isLessThan(64);
        assertThat(alpha(img, 0, 8)).as("left edge of the square").isEqualTo(255);
        // the middle stroke of 申 runs down the centre, between the box's holes
        assertThat(img.getRGB(7, 8) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(img.getRGB(8, 2) & 0xFFFFFF).as("the stroke above the box").isEqualTo(0xFFFFFF);
        // a hole of the box is seal red, and fully opaque: snapped edges, no grey smear
        assertThat(img.getRGB(5, 6)).isEqualTo(0xFFB8202B);
        assertThat(img.getRGB(5, 9)).isEqualTo(0xFFB8202B);
    }

    @Test
    void eachBuildGivesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        IconGenerator.main(new String[] {SVG.toString(), a.resolve("r").toString(), a.resolve("i").toString()});
        IconGenerator.main(new String[] {SVG.toString(), b.resolve("r").toString(), b.resolve("i").toString()});
        for (String f : new String[] {"r/shenbao-16.png", "r/shenbao-512.png", "i/shenbao.ico", "i/shenbao.icns"}) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
    }

    @Test
    void theWindowsIconHoldsEverySizeAsReadablePng() throws IOException {
        byte[] ico = IconGenerator.ico(IconGenerator.read(SVG));
        ByteBuffer buf = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(buf.getShort(2)).as("type: icon").isEqualTo((short) 1);
        int n = buf.getShort(4);
        assertThat(n).isEqualTo(IconGenerator.ICO_SIZES.length);
        for (int i = 0; i < n; i++) {
            int entry = 6 + 16 * i;
            int w = Byte.toUnsignedInt(ico[entry]);
            int len = buf.getInt(entry + 8);
            int off = buf.getInt(entry + 12);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(ico, off, len));
            assertThat(img.getWidth()).isEqualTo(w == 0 ? 256 : w).isEqualTo(IconGenerator.ICO_SIZES[i]);
        }
    }

    @Test
    void theMacIconIsAnIcnsContainerOfPngImages() throws IOException {
        byte[] icns = IconGenerator.icns(IconGenerator.read(SVG));
        ByteBuffer buf = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, "US-ASCII")).isEqualTo("icns");
        assertThat(buf.getInt(4)).isEqualTo(icns.length);
        int pos = 8;
        int largest = 0;
        while (pos < icns.length) {
            int len = buf.getInt(pos + 4);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(icns, pos + 8, len - 8));
            largest = Math.max(largest, img.getWidth());
            pos += len;
        }
        assertThat(pos).isEqualTo(icns.length);
        assertThat(largest).isEqualTo(1024);
    }

    @Test
    void anSvgWithShapesTheGeneratorCannotDrawIsRefusedByName(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("x.svg");
        Files.writeString(svg, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle r='3'/></svg>");
        assertThatThrownBy(() -> IconGenerator.read(svg)).hasMessageContaining("<circle>").hasMessageContaining("x.svg");
    }

    private static int alpha(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) >>> 24;
    }

    /** Issue 15: the toolbar icons, drawn with paths, at 16/24/32 px and twice that for HiDPI screens. */
    @Test
    void everyToolbarIconIsMadeAtEachSizeAndTwiceThat(@TempDir Path out) throws IOException {
        int n = IconGenerator.toolbar(Path.of("toolbar"), out);
        assertThat(n).isEqualTo(6);
        for (String name : new String[] {"new", "open", "save", "check", "export", "preview"}) {
            for (int size : IconGenerator.TOOLBAR_SIZES) {
                BufferedImage img = ImageIO.read(out.resolve(name + "-" + size + ".png").toFile());
                BufferedImage x2 = ImageIO.read(out.resolve(name + "-" + size + "@2x.png").toFile());
                assertThat(img.getWidth()).as(name + " " + size).isEqualTo(size);
                assertThat(x2.getWidth()).as(name + " " + size + "@2x").isEqualTo(2 * size);
                assertThat(alpha(img, 0, 0)).as(name + ": a transparent corner").isLessThan(64);
                long drawn = 0;
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        drawn += alpha(img, x, y) > 128 ? 1 : 0;
                    }
                }
                assertThat(drawn).as(name + " " + size + ": a visible figure").isGreaterThan(size * size / 8);
            }
        }
        // 检查: the green tick crosses the middle of the 32 px icon
        BufferedImage check = ImageIO.read(out.resolve("check-32.png").toFile());
        int rgb = check.getRGB(14, 20);
        assertThat((rgb >> 8 & 0xFF)).as("green").isGreaterThan((rgb >> 16 & 0xFF) + 40);
    }

    @Test
    void aPathCommandTheGeneratorCannotDrawIsRefusedByName(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("arc.svg");
        Files.writeString(svg, "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'>"
                + "<path d='M2 2 A5 5 0 0 1 10 10' stroke='#000000'/></svg>");
        assertThatThrownBy(() -> IconGenerator.read(svg)).hasMessageContaining("arc.svg").hasMessageContaining("'A'");
    }
}
