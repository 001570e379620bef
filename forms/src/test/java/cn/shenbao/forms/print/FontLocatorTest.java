package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.print.fonts.FontPreflight;
import cn.shenbao.forms.print.fonts.FontSetup;
import cn.shenbao.forms.print.fonts.FontWarning;
import cn.shenbao.forms.print.fonts.NoCjkFontException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
    @TempDir
    Path dir;

    @Test
    void findsACjkFontForEachRole() {
        FontSetup f = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
        assertThat(f.body().hasGlyph('申')).isTrue();
        assertThat(f.heading().hasGlyph('报')).isTrue();
    }

    @Test
    void noCjkFontGivesAChineseErrorSayingWhatToInstall() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "no fonts here");
        FontLocator empty = new FontLocator(List.of(dir));
        assertThatThrownBy(() -> empty.resolve(null, null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(NoCjkFontException.class)
                .hasMessageContaining("找不到可用于打印的中文字体")
                .hasMessageContaining("apt-get install fonts-noto-cjk")
                .hasMessageContaining("宋体");
        assertThatThrownBy(() -> empty.resolve(null, null, Locale.ENGLISH))
                .hasMessageContaining("No Chinese font");
    }

    @Test
    void overrideMustBeACjkFont() throws Exception {
        Path bogus = Files.writeString(dir.resolve("bogus.ttf"), "not a font");
        assertThatThrownBy(() -> FontLocator.system().resolve(bogus, null, Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(NoCjkFontException.class).hasMessageContaining("bogus.ttf");
    }

    @Test
    void overrideIsUsed() {
        FontSetup auto = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
        FontSetup f = FontLocator.system().resolve(auto.heading().file(), null, Locale.SIMPLIFIED_CHINESE);
        assertThat(f.body().file()).isEqualTo(auto.heading().file());
    }

    @Test
    void preflightListsMissingCharactersWithFieldPaths() {
        FontSetup f = FontLocator.system().resolve(null, null, Locale.SIMPLIFIED_CHINESE);
        // U+30000 (CJK extension G) is in none of the usual fonts; U+4DC0 (hexagram) only in symbol fonts
        String extG = new String(Character.toChars(0x30000));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("projectName", "“科创中国”新能源科技服务团");
        values.put("leader.name", "王" + extG);
        values.put("members[0].name", "李" + extG + "明");
        values.put("problem.description", "卦象\u4DC0");
        List<FontWarning> w = FontPreflight.check(f, values, Locale.SIMPLIFIED_CHINESE);
        FontWarning none = w.stream().filter(x -> x.characters().contains(extG)).findFirst().orElseThrow();
        assertThat(none.fallback()).isNull();
        assertThat(none.fieldPaths()).containsExactly("leader.name", "members[0].name");
        assertThat(none.message()).contains(extG).contains("U+30000").contains("leader.name").contains("方框");
        if (!f.body().hasGlyph(0x4DC0) && f.faceFor(cn.shenbao.forms.print.model.FontRole.BODY, 0x4DC0) != null) {
            FontWarning fb = w.stream().filter(x -> x.characters().contains("\u4DC0")).findFirst().orElseThrow();
            assertThat(fb.fallback()).isNotNull();
            assertThat(fb.fieldPaths()).containsExactly("problem.description");
            assertThat(fb.message()).contains(fb.fallback());
        }
        assertThat(FontPreflight.check(f, Map.of("projectName", "正常文字，□"), Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }
}
