package cn.shenbao.app.ui.export;

import cn.shenbao.app.ui.Prompter;
import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.TemplateDef;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The export dialog: DOCX and/or PDF, binding margin, duplex (mirrored margins), final or draft. The
 * final document is offered only when the draft has no errors. The export runs in the background
 * with a progress bar; afterwards the folder can be opened.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final UiTexts texts;
    private final DocumentExporter exporter;
    private final Prompter prompter;
    private final DraftViewModel vm;
    private final Consumer<String> notice;
    private final CheckBox docx = new CheckBox("DOCX（Word / WPS）");
    private final CheckBox pdf = new CheckBox("PDF");
    private final Spinner<Integer> binding = new Spinner<>(0, 50, 0, 5);
    private final CheckBox duplex = new CheckBox();
    private final RadioButton finalDoc = new RadioButton();
    private final RadioButton draftDoc = new RadioButton();
    private final TextField folder = new TextField();
    private final TextField name = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button run = new Button();
    private final Button openFolder = new Button();
    private final List<Path> written = new ArrayList<>();

    public ExportDialog(Stage owner, UiTexts texts, DocumentExporter exporter, Prompter prompter, DraftViewModel vm, Consumer<String> notice) {
        this.texts = texts;
        this.exporter = exporter;
        this.prompter = prompter;
        this.vm = vm;
        this.notice = notice;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.msg("export.title"));
        docx.setSelected(true);
        pdf.setSelected(true);
        docx.setId("exportDocx");
        pdf.setId("exportPdf");
        binding.setEditable(true);
        binding.setId("exportBinding");
        binding.setPrefWidth(90);
        duplex.setText(texts.msg("export.duplex"));
        duplex.setId("exportDuplex");
        ToggleGroup kind = new ToggleGroup();
        finalDoc.setToggleGroup(kind);
        draftDoc.setToggleGroup(kind);
        finalDoc.setText(texts.msg("export.final"));
        draftDoc.setText(texts.msg("export.draft"));
        finalDoc.setId("exportFinal");
        draftDoc.setId("exportDraft");
        long errors = vm.findings().stream().filter(Finding::isError).count();
        Label finalNote = new Label();
        finalNote.getStyleClass().add("field-hint");
        finalNote.setWrapText(true);
        if (errors > 0) {
            finalDoc.setDisable(true);
            draftDoc.setSelected(true);
            finalNote.setText(texts.msg("export.finalBlocked", errors));
        } else {
            finalDoc.setSelected(true);
        }
        Path base = vm.file() != null ? vm.file().toAbsolutePath().getParent() : Path.of(System.getProperty("user.home"));
        folder.setText(base.toString());
        folder.setId("exportFolder");
        folder.setPrefColumnCount(32);
        name.setText(baseName());
        name.setId("exportName");
        Button browse = new Button(texts.msg("export.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser dc = new DirectoryChooser();
            File cur = new File(folder.getText());
            if (cur.isDirectory()) {
                dc.setInitialDirectory(cur);
            }
            File f = dc.showDialog(stage);
            if (f != null) {
                folder.setText(f.getAbsolutePath());
            }
        });
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        int r = 0;
        g.addRow(r++, new Label(texts.msg("export.formats")), new HBox(16, docx, pdf));
        g.addRow(r++, new Label(texts.msg("export.binding")), new HBox(8, binding, new Label(texts.msg("export.mm"))));
        g.addRow(r++, new Label(texts.msg("export.sides")), duplex);
        g.addRow(r++, new Label(texts.msg("export.kind")), new VBox(4, new HBox(16, finalDoc, draftDoc), finalNote));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        g.addRow(r++, new Label(texts.msg("export.folder")), folderRow);
        g.addRow(r++, new Label(texts.msg("export.name")), name);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("exportProgress");
        status.setId("exportStatus");
        status.setWrapText(true);
        run.setText(texts.msg("export.run"));
        run.setId("exportRun");
        run.setDefaultButton(true);
        run.setOnAction(e -> start());
        openFolder.setText(texts.msg("export.openFolder"));
        openFolder.setId("exportOpenFolder");
        openFolder.setDisable(true);
        openFolder.setOnAction(e -> FolderOpener.open(Path.of(folder.getText()), notice));
        Button close = new Button(texts.msg("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, openFolder, close, run);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, g, progress, status, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(620);
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            box.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
    }

    private String baseName() {
        if (vm.file() != null) {
            String n = vm.file().getFileName().toString();
            return n.endsWith(DraftFiles.EXTENSION) ? n.substring(0, n.length() - DraftFiles.EXTENSION.length()) : n;
        }
        String p = vm.draft().text("projectName").replaceAll("[\\\\/:*?\"<>|“”]", "").strip();
        return p.isEmpty() ? texts.msg("doc.untitled") : p;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The files written by the last export. */
    public List<Path> written() {
        return List.copyOf(written);
    }

    private void start() {
        if (!docx.isSelected() && !pdf.isSelected()) {
            status.setText(texts.msg("export.noFormat"));
            return;
        }
        Path dir = Path.of(folder.getText().strip());
        String base = name.getText().strip().replaceAll("[\\\\/:*?\"<>|]", "");
        if (base.isEmpty()) {
            status.setText(texts.msg("export.noName"));
            return;
        }
        List<Path> existing = new ArrayList<>();
        for (String ext : docx.isSelected() && pdf.isSelected() ? List.of(".docx", ".pdf")
                : List.of(docx.isSelected() ? ".docx" : ".pdf")) {
            Path p = dir.resolve(base + ext);
            if (Files.exists(p)) {
                existing.add(p);
            }
        }
        if (!existing.isEmpty() && !prompter.confirmReplace(existing)) {
            status.setText(texts.msg("export.notReplaced"));
            return;
        }
        ExportOptions o = new ExportOptions(docx.isSelected(), pdf.isSelected(), binding.getValue(), duplex.isSelected(),
                finalDoc.isSelected() && !vm.hasErrors(), texts.locale());
        TemplateDef template = vm.template();
        Draft snapshot = vm.draft().copy();
        Task<List<Path>> task = new Task<>() {
            @Override
            protected List<Path> call() throws Exception {
                Files.createDirectories(dir);
                List<Path> out = new ArrayList<>();
                int total = (o.docx() ? 1 : 0) + (o.pdf() ? 1 : 0);
                int done = 0;
                updateProgress(0.05, 1);
                if (o.docx()) {
                    updateMessage(texts.msg("export.writing", base + ".docx"));
                    Path p = dir.resolve(base + ".docx");
                    exporter.exportDocx(template, snapshot, p, o);
                    out.add(p);
                    updateProgress(++done, total);
                }
                if (o.pdf()) {
                    updateMessage(texts.msg("export.writing", base + ".pdf"));
                    Path p = dir.resolve(base + ".pdf");
                    exporter.exportPdf(template, snapshot, p, o);
                    out.add(p);
                    updateProgress(++done, total);
                }
                return out;
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        run.setDisable(true);
        task.setOnSucceeded(e -> {
            unbind();
            written.clear();
            written.addAll(task.getValue());
            List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
            status.setText(texts.msg("export.done", String.join("、", names), dir));
            notice.accept(status.getText());
            openFolder.setDisable(false);
            run.setDisable(false);
        });
        task.setOnFailed(e -> {
            unbind();
            Throwable ex = task.getException();
            status.setText(texts.msg("export.failed", ex == null ? "" : ex.getMessage()));
            run.setDisable(false);
        });
        Thread t = new Thread(task, "shenbao-export");
        t.setDaemon(true);
        t.start();
    }

    private void unbind() {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setProgress(1);
    }
}
