package cn.shenbao.forms.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shenbao.forms.io.AtomicWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRosterRoundTripsAndIdsAreNeverReused() throws Exception {
        Roster r = new Roster();
        Expert a = r.add(Expert.of("张三", "浙江大学", "教授", "13800138000", "z@zju.edu.cn", "1985-03-02", true, false, "备注"));
        Expert b = r.add(Expert.of("李四", "", "", "", "", "1980-05", false, true, ""));
        r.remove(b.id());
        Path f = dir.resolve("r" + RosterFiles.EXTENSION);
        RosterFiles.save(r, f);
        Roster back = RosterFiles.load(f);
        assertThat(back.experts()).containsExactly(a);
        assertThat(back.add(Expert.of("王五", "", "", "", "", "", false, false, "")).id()).isEqualTo("E3");
        String json = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\" : \"shenbao-roster\"").contains("张三");
    }

    @Test
    void aSecondSaveKeepsTheFirstAsBackup() throws Exception {
        Path f = dir.resolve("r.shenbao-roster");
        Roster r = new Roster();
        r.add(Expert.of("张三", "", "", "", "", "", false, false, ""));
        RosterFiles.save(r, f);
        r.add(Expert.of("李四", "", "", "", "", "", false, false, ""));
        RosterFiles.save(r, f);
        assertThat(RosterFiles.load(AtomicWriter.backupOf(f)).size()).isEqualTo(1);
        assertThat(RosterFiles.load(f).size()).isEqualTo(2);
    }

    @Test
    void aBrokenOrForeignFileIsNeitherReadNorOverwritten() throws Exception {
        Path broken = Files.writeString(dir.resolve("坏.shenbao-roster"), "{\"format\":\"shenbao-roster\",\"formatVersion\":1,\"experts\":[{\"id\":\"E1\"");
        Path foreign = Files.writeString(dir.resolve("别的.shenbao-roster"), "{\"templateId\":\"kczg-2024\"}");
        Path dupIds = Files.writeString(dir.resolve("重复.shenbao-roster"),
                "{\"format\":\"shenbao-roster\",\"formatVersion\":1,\"experts\":[{\"id\":\"E1\"},{\"id\":\"E1\"}]}");
        Path newer = Files.writeString(dir.resolve("新.shenbao-roster"), "{\"format\":\"shenbao-roster\",\"formatVersion\":9,\"experts\":[]}");
        for (Path p : new Path[] {broken, foreign, dupIds, newer}) {
            byte[] before = Files.readAllBytes(p);
            assertThatThrownBy(() -> RosterFiles.load(p)).isInstanceOf(RosterException.class)
                    .satisfies(e -> assertThat(((RosterException) e).message(Locale.SIMPLIFIED_CHINESE))
                            .contains(p.getFileName().toString()));
            assertThatThrownBy(() -> RosterFiles.save(new Roster(), p)).isInstanceOf(RosterException.class);
            assertThat(Files.readAllBytes(p)).isEqualTo(before);
        }
        assertThatThrownBy(() -> RosterFiles.load(broken)).satisfies(e -> assertThat(((RosterException) e)
                .message(Locale.SIMPLIFIED_CHINESE)).contains("已损坏").contains(".bak"));
    }

    @Test
    void searchFindsByNameUnitMobileIdAndPinyinInitials() {
        Roster r = new Roster();
        Expert zhang = r.add(Expert.of("张三", "浙江大学", "教授", "13800138000", "", "", false, false, ""));
        Expert shan = r.add(Expert.of("单丽", "宁波大学", "", "13900139000", "", "", false, false, ""));
        Expert lv = r.add(Expert.of("吕晓明", "浙江工业大学", "", "", "", "", false, false, ""));
        assertThat(r.search("张")).containsExactly(zhang);
        assertThat(r.search("zs")).containsExactly(zhang);
        assertThat(r.search("ZS")).containsExactly(zhang);
        assertThat(r.search("z")).contains(zhang);
        assertThat(r.search("sl")).containsExactly(shan); // 单 read shàn as a surname
        assertThat(r.search("dl")).containsExactly(shan);
        assertThat(r.search("lxm")).containsExactly(lv);
        assertThat(r.search("浙江")).containsExactly(zhang, lv);
        assertThat(r.search("浙江 lxm")).containsExactly(lv);
        assertThat(r.search("13900")).containsExactly(shan);
        assertThat(r.search("e1")).containsExactly(zhang);
        assertThat(r.search("zsx")).isEmpty();
        assertThat(r.search("")).hasSize(3);
        assertThat(Pinyin.firstInitials("吕晓明")).isEqualTo("lxm");
    }
}
