package cn.shenbao.app.ui;

import cn.shenbao.app.ui.export.PreviewWindow;
import cn.shenbao.app.ui.export.PrintPackageExporter;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.RecentFiles;
import cn.shenbao.app.ui.model.RecoveryStore;
import cn.shenbao.app.ui.model.UserSettings;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Opens the client in a prepared state for scripts/screenshots.sh (not a test): {@code empty},
 * {@code findings}, {@code members}, {@code preview}, {@code export}, {@code find}, {@code keys} or
 * {@code guide}. The main window is sized to the screen the way the client does it (so a 1024×600
 * Xvfb screen shows the window as a 1024×600 laptop would). With a file name as second argument the
 * demo writes a picture of the shown window there after a few seconds and exits.
 */
public final class ScreenshotDemo {
    private ScreenshotDemo() {}

    public static void main(String[] args) {
        Application.launch(Demo.class, args);
    }

    /** The application behind the demo. */
    public static final class Demo extends Application {
    private java.nio.file.Path home;

    /** A file of docs/examples (the script runs in the project folder, a test in app/). */
    private static java.nio.file.Path example(String name) {
        java.nio.file.Path p = java.nio.file.Path.of("docs", "examples", name);
        return Files.exists(p) ? p : java.nio.file.Path.of("..", "docs", "examples", name);
    }

    /** The DOCX of {@code d} as a colleague returns it: the text of each tagged control replaced (tag, text, …). */
    private static java.nio.file.Path returnedDocx(TemplateDef t, Draft d, java.nio.file.Path docx, String... tagValue)
            throws Exception {
        new cn.shenbao.forms.print.Exporter().exportDocx(t, d, docx, cn.shenbao.forms.print.PrintOptions.defaults(),
                List.of());
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipFile(docx.toFile()); var z = new java.util.zip.ZipOutputStream(bytes)) {
            for (var en = zip.entries(); en.hasMoreElements(); ) {
                var e = en.nextElement();
                byte[] data = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, java.nio.charset.StandardCharsets.UTF_8);
                    for (int i = 0; i < tagValue.length; i += 2) {
                        var m = java.util.regex.Pattern.compile("(<w:tag w:val=\"" + java.util.regex.Pattern.quote(tagValue[i])
                                + "\"/>.*?<w:sdtContent>.*?<w:t[^>]*>)([^<]*)(</w:t>)", java.util.regex.Pattern.DOTALL).matcher(xml);
                        if (m.find()) {
                            xml = xml.substring(0, m.start(2)) + tagValue[i + 1] + xml.substring(m.end(2));
                        }
                    }
                    data = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        Files.write(docx, bytes.toByteArray());
        return docx;
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> raw = getParameters().getRaw();
        String scene = raw.isEmpty() ? "empty" : raw.get(0);
        String out = raw.size() > 1 ? raw.get(1) : null;
        Locale.setDefault(Locale.Category.FORMAT, Locale.SIMPLIFIED_CHINESE);
        UiTexts texts = new UiTexts(Locale.SIMPLIFIED_CHINESE);
        var home = Files.createTempDirectory("shenbao-shots");
        TemplateRegistry reg = TemplateRegistry.builtIn();
        MainWindow w = new MainWindow(stage, new WindowViewModel.Services(texts, new DialogPrompter(stage, texts),
                new RecoveryStore(home.resolve("recovery")), new RecentFiles(home.resolve("recent.txt")),
                new PrintPackageExporter(), reg, new UserSettings(home.resolve("settings.properties"))));
        TemplateDef t = reg.get("kczg-2024");
        w.newDraft(t);
        Scene sc = new Scene(w.root());
        sc.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(sc);
        w.placeOnScreen(0);
        Supplier<Stage> shot = () -> stage;
        this.home = home;
        double seconds = 4;
        switch (scene) {
            case "findings" -> {
                Draft d = SampleDrafts.kczgComplete();
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                w.jumpToSection("basis");
                w.vm().value("basis").set(d.text("basis") + "并在服务区域内建立长期合作机制。");
                w.vm().value("contactMobile").set("1380013800");
                w.vm().value("unitAddress.postcode").set("");
                w.vm().value("applyDate").set("2024-06-01");
                w.vm().value("provinces").set("安徽省、江苏省、浙江省");
                w.vm().findings().stream().filter(f -> f.path().equals("applyDate")).findFirst().ifPresent(w.vm()::acknowledge);
                w.vm().findings().stream().filter(f -> f.path().equals("provinces")).findFirst().ifPresent(w::selectFinding);
                Platform.runLater(() -> w.jumpToSection("basis"));
            }
            case "members" -> {
                Draft d = SampleDrafts.kczgComplete();
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                w.jumpToSection("team");
            }
            case "phases" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                w.jumpToSection("schedule");
            }
            case "removed" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                w.jumpToSection("team");
                Platform.runLater(() -> ((javafx.scene.control.Button) sc.lookup("#members_1_remove")).fire());
            }
            case "find" -> {
                Draft d = SampleDrafts.kczgComplete();
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                w.find();
                Platform.runLater(() -> {
                    var field = (javafx.scene.control.TextField) sc.lookup("#findField");
                    field.setText(d.text("members[1].name"));
                    field.fireEvent(new javafx.event.ActionEvent());
                });
            }
            case "preview" -> {
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                PreviewWindow p = PreviewWindow.show(stage, texts, new PrintPackageExporter(), w.vm());
                p.stage().setX(stage.getX() + 120);
                p.stage().setY(stage.getY());
                shot = p::stage;
                seconds = 20;
            }
            case "export" -> {
                Draft d = SampleDrafts.kczgComplete();
                d.set("projectName", "“科创中国”𠀾材料科技服务团");
                w.show(new DraftViewModel(t, d, null));
                stage.show();
                var dialog = new cn.shenbao.app.ui.export.ExportDialog(stage, texts, new PrintPackageExporter(),
                        new DialogPrompter(stage, texts), w.vm(), s -> { }, w::jumpToField);
                dialog.show();
                dialog.stage().setX(stage.getX() + 200);
                dialog.stage().setY(stage.getY() + 60);
                ((javafx.scene.control.TextField) dialog.stage().getScene().lookup("#exportFolder"))
                        .setText(Files.createTempDirectory("shenbao-shot").toString());
                ((javafx.scene.control.Button) dialog.stage().getScene().lookup("#exportRun")).fire();
                shot = dialog::stage;
                seconds = 25;
            }
            case "handoff", "handoff-blank" -> {
                // 文件 › 导出 with "只允许对方修改所选部分…": a section and one member's row ticked (handoff-blank: with
                // 空白表 chosen, which offers the sections only)
                w.show(new DraftViewModel(t, SampleDrafts.kczgComplete(), null));
                stage.show();
                var dialog = new cn.shenbao.app.ui.export.ExportDialog(stage, texts, new PrintPackageExporter(),
                        new DialogPrompter(stage, texts), w.vm(), s -> { }, w::jumpToField);
                dialog.handoff().restrictProperty().set(true);
                dialog.handoff().part("workPlanSection").selectedProperty().set(true);
                dialog.handoff().part("members[1]").selectedProperty().set(true);
                if (scene.equals("handoff-blank")) {
                    ((javafx.scene.control.RadioButton) dialog.stage().getScene().lookup("#exportBlank")).fire();
                }
                dialog.show();
                dialog.stage().sizeToScene();
                dialog.stage().setX(stage.getX() + 200);
                dialog.stage().setY(stage.getY() + 20);
                shot = dialog::stage;
            }
            case "t5" -> {
                // T5: the indicator tree of the example (一级 › 二级 › indicators; own ones with their buttons)
                var t5 = DraftFiles.builtIn().load(example("jxmb-2024-sample.shenbao"));
                w.show(new DraftViewModel(reg.get("jxmb-2024"), t5, null));
                stage.show();
                w.jumpToSection("indicators");
                w.vm().value("indicators[7].value").set("101");
            }
            case "workspace" -> {
                // 文件 › 打开工作区…: two drafts of one unit (shared items between them) and a broken file
                var ws = Files.createDirectories(home.resolve("学会申报材料"));
                Files.copy(example("kczg-2024-sample.shenbao"), ws.resolve("新能源汽车服务团.shenbao"));
                Files.createDirectories(ws.resolve("二团"));
                Files.copy(example("kczg-2024-sample.shenbao"), ws.resolve("二团/动力电池服务团.shenbao"));
                Files.writeString(ws.resolve("损坏的草稿.shenbao"), "{\"format\": \"shenbao-dra");
                stage.show();
                WorkspaceWindow ww = w.showWorkspace(ws);
                ww.show();
                shot = ww::stage;
                seconds = 10;
            }
            case "package" -> {
                // 文件 › 装订材料… with the documented seed 003 list opened (目录, the application, a letter)
                stage.show();
                PackageDialog pd = w.openPackage();
                pd.openSpec(example("package/kczg-2024-package.json").toAbsolutePath().normalize());
                shot = pd::stage;
            }
            case "compare" -> {
                // 文件 › 打开 with a returned Word file: a value changed by the colleague, one changed on both sides
                var file = home.resolve("申报书.shenbao");
                Draft d = SampleDrafts.kczgComplete();
                DraftFiles.builtIn().save(d, file);
                var docx = returnedDocx(t, d, home.resolve("王五交回.docx"), "members[1].duty",
                        "负责动力电池回收技术的服务对接", "members[3].duty", "负责热失控预警平台的现场调试",
                        "members[2].contact", "13912345678");
                w.open(file);
                w.vm().value("members[2].contact").set("13800001111");
                stage.show();
                Platform.runLater(() -> w.open(docx));
                String title = texts.msg("compare.title");
                shot = () -> javafx.stage.Window.getWindows().stream()
                        .filter(x -> x instanceof Stage s && title.equals(s.getTitle())).map(x -> (Stage) x)
                        .findFirst().orElse(stage);
                seconds = 8;
            }
            case "keys" -> {
                stage.show();
                Stage k = w.showKeys();
                shot = () -> k;
            }
            case "guide" -> {
                stage.show();
                Stage g = w.showGuide();
                shot = () -> g;
            }
            default -> stage.show();
        }
        if (out != null) {
            Supplier<Stage> target = shot;
            PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
            wait.setOnFinished(e -> {
                try {
                    WritableImage img = target.get().getScene().snapshot(null);
                    javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(out));
                    System.err.println("screenshot " + out + " " + (int) img.getWidth() + "x" + (int) img.getHeight());
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
                System.exit(0);
            });
            wait.play();
        }
    }
    }
}
