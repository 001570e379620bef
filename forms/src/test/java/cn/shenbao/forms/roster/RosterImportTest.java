package cn.shenbao.forms.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterImportTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;

    private RosterImport.Preview preview(Path f, Roster r) throws RosterException {
        return RosterImport.preview(f, r, Map.of(), TODAY);
    }

    @Test
    void anXlsxAsStaffHaveItIsReadByItsHeadersInAnyOrder() throws Exception {
        Path f = RosterTestFiles.staffXlsx(dir.resolve("名单.xlsx"));
        RosterImport.Preview p = preview(f, new Roster());
        assertThat(p.headerRow()).isEqualTo(2); // the title row above is skipped
        assertThat(p.mapping()).containsEntry("手机号码", RosterField.MOBILE).containsEntry("单位", RosterField.UNIT)
                .containsEntry("出生年月", RosterField.BIRTH_DATE).containsEntry("职称", RosterField.TITLE);
        assertThat(p.added()).hasSize(2);
        Expert zhang = p.added().get(0).expert();
        assertThat(zhang.name()).isEqualTo("张三");
        assertThat(zhang.mobile()).isEqualTo("13800138000"); // a number cell, not 1.38E10
        assertThat(zhang.birthDate()).isEqualTo("1985-03-02"); // an Excel date
        assertThat(zhang.tuoju()).isTrue();
        assertThat(zhang.dundian()).isFalse();
        Expert li = p.added().get(1).expert();
        assertThat(li.mobile()).isEqualTo("13900139000"); // with spaces
        assertThat(li.birthDate()).isEqualTo("1990-05-20"); // 1990年5月20日 as text
        assertThat(li.dundian()).isTrue(); // √
        assertThat(p.rejected()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(5);
            assertThat(r.message(ZH)).contains("1380013").contains("不详");
        });
    }

    @Test
    void csvInUtf8WithOrWithoutBomAndInGbkReadsTheSame() throws Exception {
        String csv = "姓名,工作单位,手机,出生日期,托举,蹲点,备注\r\n张三,\"浙江大学，计算机学院\",138 0013 8000,1984/5/20,是,否,\"多行\n备注\"\r\n"
                + "李四,浙江工业大学,13900139000,19840520,否,是,\r\n赵六,某所,13700137000,1980.05,,,\r\n";
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));
        for (byte[] b : new byte[][] {utf8, bom, gbk}) {
            Path f = Files.write(dir.resolve("x.csv"), b);
            RosterImport.Preview p = preview(f, new Roster());
            assertThat(p.rejected()).isEmpty();
            assertThat(p.added()).extracting(a -> a.expert().name()).containsExactly("张三", "李四", "赵六");
            Expert z = p.added().get(0).expert();
            assertThat(z.unit()).isEqualTo("浙江大学，计算机学院");
            assertThat(z.mobile()).isEqualTo("13800138000");
            assertThat(z.birthDate()).isEqualTo("1984-05-20");
            assertThat(z.notes()).isEqualTo("多行 备注");
            assertThat(p.added().get(1).expert().birthDate()).isEqualTo("1984-05-20");
            assertThat(p.added().get(2).expert().birthDate()).isEqualTo("1980-05");
            assertThat(p.added().get(0).row()).isEqualTo(2);
            assertThat(p.added().get(1).row()).isEqualTo(4); // after the two-line cell
        }
    }

    @Test
    void problemRowsAreListedWithTheirNumberAndReason() throws Exception {
        Path f = Files.writeString(dir.resolve("p.csv"), "姓名,手机,出生日期,托举,邮箱\n张三,1.38E+10,,,\n,13800138000,,,\n"
                + "李四,13800138001,1980-13-40,也许,li@\n王五,13800138002,,,\n王五,13800138002,,,\n");
        RosterImport.Preview p = preview(f, new Roster());
        assertThat(p.added()).extracting(a -> a.expert().name()).containsExactly("王五");
        assertThat(p.rejected()).extracting(RosterImport.Rejected::row).containsExactly(2, 3, 4, 6);
        assertThat(p.rejected().get(0).message(ZH)).contains("科学计数法");
        assertThat(p.rejected().get(1).message(ZH)).contains("姓名为空");
        assertThat(p.rejected().get(2).message(ZH)).contains("1980-13-40").contains("也许").contains("li@");
        assertThat(p.rejected().get(3).message(ZH)).contains("第 5 行");
        assertThat(p.rejected().get(2).message(Locale.ENGLISH)).contains("birth date");
    }

    @Test
    void columnsCanBeMappedByHand() throws Exception {
        Path f = Files.writeString(dir.resolve("m.csv"), "专家,所属机构,号码\n张三,浙大,13800138000\n");
        assertThatThrownBy(() -> preview(f, new Roster())).isInstanceOf(RosterException.class)
                .satisfies(e -> assertThat(((RosterException) e).message(ZH)).contains("m.csv").contains("姓名").contains("所属机构"));
        RosterImport.Preview p = RosterImport.preview(f, new Roster(),
                Map.of("专家", RosterField.NAME, "所属机构", RosterField.UNIT, "号码", RosterField.MOBILE), TODAY);
        assertThat(p.added()).singleElement().satisfies(a -> {
            assertThat(a.expert().unit()).isEqualTo("浙大");
            assertThat(a.expert().mobile()).isEqualTo("13800138000");
        });
    }

    @Test
    void duplicatesAreRecognisedAndDecidedPerPair() throws Exception {
        Roster r = new Roster();
        Expert zhang = r.add(Expert.of("张三", "浙江大学", "教授", "13800138000", "", "1985-03-02", true, false, "老备注"));
        Expert li = r.add(Expert.of("李四", "浙江工业大学", "", "13900139000", "li@zjut.edu.cn", "", false, false, ""));
        Expert wang = r.add(Expert.of("王五", "某所", "", "13700137000", "", "", false, false, ""));
        Path f = Files.writeString(dir.resolve("d.csv"), "姓名,单位,手机,职称,蹲点\n"
                + "张三,浙江大学,13811112222,研究员,是\n" // same name + unit, new mobile
                + "李小四,其他单位,13900139000,,\n" // same mobile
                + "王五,某所,13700137000,高工,\n"
                + "新人,新单位,13600136000,,\n");
        RosterImport.Preview p = preview(f, r);
        assertThat(p.added()).extracting(a -> a.expert().name()).containsExactly("新人");
        assertThat(p.duplicates()).extracting(d -> d.existing().id()).containsExactly(zhang.id(), li.id(), wang.id());
        assertThat(p.duplicates().get(0).differences()).contains(RosterField.MOBILE, RosterField.TITLE);
        RosterImport.Result res = p.apply(Map.of(2, RosterImport.Decision.MERGE, 3, RosterImport.Decision.REPLACE),
                RosterImport.Decision.KEEP);
        assertThat(res.added()).isEqualTo(1);
        assertThat(res.merged()).isEqualTo(1);
        assertThat(res.replaced()).isEqualTo(1);
        assertThat(res.kept()).isEqualTo(1);
        Roster after = res.roster();
        Expert z = after.find(zhang.id()).orElseThrow();
        assertThat(z.mobile()).isEqualTo("13811112222");
        assertThat(z.title()).isEqualTo("研究员");
        assertThat(z.birthDate()).isEqualTo("1985-03-02"); // kept: the file has none
        assertThat(z.tuoju()).isTrue();
        assertThat(z.dundian()).isTrue();
        assertThat(z.notes()).isEqualTo("老备注");
        Expert l = after.find(li.id()).orElseThrow();
        assertThat(l.name()).isEqualTo("李小四");
        assertThat(l.email()).isEmpty(); // replaced entirely
        assertThat(after.find(wang.id()).orElseThrow().title()).isEmpty(); // kept
        assertThat(after.size()).isEqualTo(4);
        assertThat(after.experts().get(3).id()).isEqualTo("E4");
        assertThat(r.size()).isEqualTo(3); // the preview's roster was not touched
    }

    @Test
    void wrongKindsOfFileAreNamed() throws Exception {
        Path xls = Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        assertThatThrownBy(() -> preview(xls, new Roster())).satisfies(e -> assertThat(((RosterException) e).message(ZH))
                .contains("old.xls").contains(".xls"));
        Path renamed = Files.writeString(dir.resolve("fake.xlsx"), "姓名,单位\n张三,浙大\n");
        assertThatThrownBy(() -> preview(renamed, new Roster())).satisfies(e -> assertThat(((RosterException) e).message(ZH))
                .contains("fake.xlsx").contains("不是有效的 .xlsx"));
        Path doc = Files.writeString(dir.resolve("a.docx"), "x");
        assertThatThrownBy(() -> preview(doc, new Roster())).satisfies(e -> assertThat(((RosterException) e).key())
                .isEqualTo("import.kind"));
    }
}
