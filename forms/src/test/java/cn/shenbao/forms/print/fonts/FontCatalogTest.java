package cn.shenbao.forms.print.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.print.TestEnv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The font cache of the user's Shenbao folder (issue 15): used when nothing changed, never trusted when it did. */
class FontCatalogTest {
    private static final Path WQY = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path tmp;
    Path fonts;
    Path cache;

    @BeforeEach
    void copyFonts() throws Exception {
        TestEnv.requireFile(WQY, "fonts-wqy-microhei");
        TestEnv.requireFile(LIBERATION, "fonts-liberation2");
        TestEnv.requireFile(DEJAVU, "fonts-dejavu-core");
        fonts = Files.createDirectories(tmp.resolve("fonts"));
        Files.copy(WQY, Files.createDirectories(fonts.resolve("a")).resolve(WQY.getFileName()));
        Files.copy(LIBERATION, fonts.resolve("a").resolve(LIBERATION.getFileName()));
        Files.copy(DEJAVU, Files.createDirectories(fonts.resolve("b")).resolve(DEJAVU.getFileName()));
        cache = tmp.resolve("home").resolve(FontCatalog.FILE_NAME);
    }

    private FontSetup choose() {
        return new FontLocator(List.of(fonts), cache).resolveFresh(Locale.SIMPLIFIED_CHINESE);
    }

    private void editCache(String from, String to) throws Exception {
        String s = Files.readString(cache, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(cache, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondStartChoosesWhatTheCacheSays() throws Exception {
        FontSetup first = choose();
        assertThat(first.body().name()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(first.latin().name()).isEqualTo("Liberation Serif");
        assertThat(first.fallbacks()).extracting(FontFace::name).containsExactly("DejaVu Sans");
        assertThat(Files.readAllLines(cache).get(0)).isEqualTo(FontCatalog.HEADER);

        // the same choice from the cache, the faces not parsed to choose them (coverage flags kept)
        assertThat(choose()).isEqualTo(first);
        assertThat(Files.readString(cache)).contains("\tWenQuanYi Micro Hei\ty\t").contains("\tLiberation Serif\t?\ty");

        // proof that the cache is what was read: a name changed in it (the file unchanged) is the name chosen
        editCache("\t0\tWenQuanYi Micro Hei\t", "\t0\tCached Hei\t");
        assertThat(choose().body().name()).isEqualTo("Cached Hei");
    }

    @Test
    void aChangedFontFileIsLookedAtAgain() throws Exception {
        choose();
        editCache("\t0\tWenQuanYi Micro Hei\t", "\t0\tCached Hei\t");
        Path font = fonts.resolve("a").resolve(WQY.getFileName());
        Files.setLastModifiedTime(font, FileTime.fromMillis(Files.getLastModifiedTime(font).toMillis() - 3_600_000));
        assertThat(choose().body().name()).isEqualTo("WenQuanYi Micro Hei");
        assertThat(Files.readString(cache)).doesNotContain("Cached Hei");

        // a file that is no longer a font (same name and folder) is not taken on the cache's word
        Files.writeString(font, "no font");
        assertThatThrownBy(this::choose).isInstanceOf(NoCjkFontException.class);
    }

    @Test
    void fontsMovedAddedOrRemovedAreNoticed() throws Exception {
        Path wqy = fonts.resolve("a").resolve(WQY.getFileName());
        assertThat(choose().body().file()).isEqualTo(wqy);

        Path moved = Files.createDirectories(fonts.resolve("c").resolve("d")).resolve(WQY.getFileName());
        Files.move(wqy, moved);
        assertThat(choose().body().file()).isEqualTo(moved);

        Files.delete(fonts.resolve("b").resolve(DEJAVU.getFileName()));
        assertThat(choose().fallbacks()).isEmpty();

        Files.delete(moved);
        assertThatThrownBy(this::choose).isInstanceOf(NoCjkFontException.class);

        // a font folder that did not exist when the cache was written (the user's own ~/.fonts) is searched
        Path own = tmp.resolve("own");
        FontLocator both = new FontLocator(List.of(fonts, own), cache);
        assertThatThrownBy(() -> both.resolveFresh(Locale.SIMPLIFIED_CHINESE)).isInstanceOf(NoCjkFontException.class);
        Files.copy(WQY, Files.createDirectories(own).resolve(WQY.getFileName()));
        assertThat(new FontLocator(List.of(fonts, own), cache).resolveFresh(Locale.SIMPLIFIED_CHINESE).body().file())
                .isEqualTo(own.resolve(WQY.getFileName()));
    }

    @Test
    void aBrokenCacheIsIgnoredAndRewritten() throws Exception {
        FontSetup fresh = new FontLocator(List.of(fonts)).resolveFresh(Locale.SIMPLIFIED_CHINESE);
        for (String broken : List.of("garbage\n", FontCatalog.HEADER + "\nF\tonly two\n",
                FontCatalog.HEADER + "\nX\tunknown\trecord\n", FontCatalog.HEADER + "\nD\t" + fonts + "\tnot a number\n",
                FontCatalog.HEADER + "\nI\tbroken escape\\\n", "")) {
            Files.createDirectories(cache.getParent());
            Files.writeString(cache, broken);
            assertThat(choose()).as(broken).isEqualTo(fresh);
            assertThat(Files.readAllLines(cache).get(0)).isEqualTo(FontCatalog.HEADER);
            assertThat(choose()).as(broken).isEqualTo(fresh);
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoError() throws Exception {
        Path file = Files.writeString(tmp.resolve("home-is-a-file"), "x");
        FontSetup f = new FontLocator(List.of(fonts), file.resolve(FontCatalog.FILE_NAME))
                .resolveFresh(Locale.SIMPLIFIED_CHINESE);
        assertThat(f.body().name()).isEqualTo("WenQuanYi Micro Hei");
    }

    @Test
    void pathsWithTabsAndLineBreaksSurviveTheCache() throws Exception {
        Path odd = Files.createDirectories(tmp.resolve("odd\tfolder\nname\\x"));
        Files.copy(WQY, odd.resolve(WQY.getFileName()));
        FontSetup first = new FontLocator(List.of(odd), cache).resolveFresh(Locale.SIMPLIFIED_CHINESE);
        assertThat(first.body().file()).isEqualTo(odd.resolve(WQY.getFileName()));
        assertThat(new FontLocator(List.of(odd), cache).resolveFresh(Locale.SIMPLIFIED_CHINESE)).isEqualTo(first);
        assertThat(Files.readAllLines(cache)).allMatch(l -> l.equals(FontCatalog.HEADER) || l.split("\t").length >= 3);
    }
}
