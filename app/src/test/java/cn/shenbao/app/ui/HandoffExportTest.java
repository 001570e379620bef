package cn.shenbao.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The export dialog's "只允许对方修改所选部分…" (docs/handoff.md, 四): ticking one section writes a Word file in which
 * only that section's controls can be changed and Word's fill-in-forms protection is on, as {@code export --editable}.
 */
class HandoffExportTest extends ClientTestBase {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Start
    void start(Stage s) throws Exception {
        setUp(s);
    }

    private static CheckBox part(FxRobot robot, String path) {
        return robot.lookup(".handoff-part").queryAllAs(CheckBox.class).stream()
                .filter(c -> path.equals(c.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("no hand-off choice for " + path));
    }

    @Test
    void exportingWithOneSectionEditableLocksEverythingElse(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.vm().value("projectName").set("“科创中国”新材料科技服务团");
            window.vm().value("basis").set("立项依据。");
            window.vm().table("members").addRow();
            window.vm().value("members[0].name").set("王五");
        });
        Path out = home.resolve("out");
        robot.interact(() -> window.export());
        settle();
        assertThat(robot.lookup("#handoffParts").tryQuery()).as("the parts show only when asked for")
                .hasValueSatisfying(n -> assertThat(shown(n)).isFalse());
        robot.interact(() -> {
            robot.lookup("#exportPdf").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText("给学会办公室");
        });
        robot.clickOn("#handoffRestrict");
        settle();
        assertThat(shown(robot.lookup("#handoffParts").query())).isTrue();
        // nothing chosen yet: the dialog says what to do and does not export
        Label summary = robot.lookup("#handoffSummary").queryAs(Label.class);
        assertThat(summary.getText()).contains("请勾选");
        robot.clickOn("#exportRun");
        settle();
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).getText()).contains("请勾选");
        assertThat(out.resolve("给学会办公室.docx")).doesNotExist();

        assertThat(part(robot, "members[0]").getText()).contains("王五");
        // 空白表 has none of the draft's rows: they are not offered while it is chosen
        String kind = robot.lookup("#exportFinal").queryAs(javafx.scene.control.RadioButton.class).isSelected()
                ? "#exportFinal" : "#exportDraft";
        robot.interact(() -> robot.lookup("#exportBlank").queryAs(javafx.scene.control.RadioButton.class).fire());
        settle();
        assertThat(part(robot, "members[0]").isVisible()).isFalse();
        assertThat(part(robot, "basis").isVisible()).isTrue();
        robot.interact(() -> robot.lookup(kind).queryAs(javafx.scene.control.RadioButton.class).fire());
        settle();
        assertThat(part(robot, "members[0]").isVisible()).isTrue();
        robot.interact(() -> robot.lookup("#exportName").queryAs(TextField.class).setText("给学会办公室"));
        robot.interact(() -> part(robot, "basis").fire());
        settle();
        assertThat(summary.getText()).contains("只能修改：三、立项依据和目的。").contains("锁定");
        robot.clickOn("#exportRun");
        waitFor(120, () -> Files.exists(out.resolve("给学会办公室.docx"))
                && !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        Path docx = out.resolve("给学会办公室.docx");

        Element protection = first(xml(docx, "word/settings.xml"), "documentProtection");
        assertThat(protection).as("Word's 限制编辑 › 填写窗体").isNotNull();
        assertThat(protection.getAttributeNS(W, "edit")).isEqualTo("forms");
        assertThat(protection.getAttributeNS(W, "enforcement")).isIn("1", "true", "on");
        List<String> open = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        NodeList props = xml(docx, "word/document.xml").getElementsByTagNameNS(W, "sdtPr");
        for (int i = 0; i < props.getLength(); i++) {
            Element pr = (Element) props.item(i);
            Element tag = first(pr, "tag");
            Element lock = first(pr, "lock");
            assertThat(tag).as("every control names its field").isNotNull();
            boolean isLocked = lock != null && "sdtContentLocked".equals(lock.getAttributeNS(W, "val"));
            (isLocked ? locked : open).add(tag.getAttributeNS(W, "val"));
        }
        assertThat(open).containsOnly("basis");
        assertThat(locked).contains("projectName", "members[0].name", "workPlan");
    }

    @Test
    void withoutTheOptionTheWordFileIsNotProtected(FxRobot robot) throws Exception {
        Path out = home.resolve("out");
        robot.interact(() -> window.export());
        settle();
        robot.interact(() -> {
            robot.lookup("#exportPdf").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#exportFolder").queryAs(TextField.class).setText(out.toString());
            robot.lookup("#exportName").queryAs(TextField.class).setText("全部");
            // a part ticked, then the option turned off again: no protection
            robot.lookup("#handoffRestrict").queryAs(CheckBox.class).setSelected(true);
            part(robot, "basis").fire();
            robot.lookup("#handoffRestrict").queryAs(CheckBox.class).setSelected(false);
        });
        robot.clickOn("#exportRun");
        waitFor(120, () -> Files.exists(out.resolve("全部.docx"))
                && !robot.lookup("#exportOpenFolder").queryButton().isDisabled());
        assertThat(first(xml(out.resolve("全部.docx"), "word/settings.xml"), "documentProtection")).isNull();
        assertThat(xml(out.resolve("全部.docx"), "word/document.xml").getElementsByTagNameNS(W, "lock").getLength()).isZero();
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Document xml(Path docx, String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (ZipFile z = new ZipFile(docx.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    private static Element first(Document d, String localName) {
        NodeList l = d.getElementsByTagNameNS(W, localName);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static Element first(Element e, String localName) {
        NodeList l = e.getElementsByTagNameNS(W, localName);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }
}
