package cn.shenbao.app.ui.export;

import cn.shenbao.app.ui.Prompter;
import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.HandoffChoice;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.print.ExportResult;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.print.fonts.FontWarning;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.template.TemplateDef;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import javafx.scene.control.ScrollPane;
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
 * final document is offered only when the draft has no errors. Files that already exist are replaced
 * only after asking. The export runs in the background with a progress bar; afterwards a summary lists
 * the files with their fingerprint and the read-back check of each: entered values not found again in
 * the file (errors) and characters the font cannot print (warnings), each with a button to its field.
 * The folder can be opened.
 */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final UiTexts texts;
    private final DocumentExporter exporter;
    private final Prompter prompter;
    private final DraftViewModel vm;
    private final Consumer<String> notice;
    private final Consumer<String> jumpToField;
    private final CheckBox docx = new CheckBox("DOCX（Word / WPS）");
    private final CheckBox pdf = new CheckBox("PDF");
    private final Spinner<Integer> binding = new Spinner<>(0, 50, 0, 5);
    private final CheckBox duplex = new CheckBox();
    private final RadioButton finalDoc = new RadioButton();
    private final RadioButton draftDoc = new RadioButton();
    /** The empty form to fill in by hand (no values, no 草稿 mark). */
    private final RadioButton blankDoc = new RadioButton();
    private final TextField folder = new TextField();
    private final TextField name = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button run = new Button();
    private final Button openFolder = new Button();
    private final VBox summary = new VBox(6);
    private final ScrollPane summaryScroll = new ScrollPane(summary);
    private final List<Path> written = new ArrayList<>();
    private final List<ExportResult> results = new ArrayList<>();
    /** "只允许对方修改所选部分…": the sections and table rows the recipient of the Word file may change. */
    private final HandoffChoice handoff;

    public ExportDialog(Stage owner, UiTexts texts, DocumentExporter exporter, Prompter prompter, DraftViewModel vm, Consumer<String> notice,
                        Consumer<String> jumpToField) {
        this.texts = texts;
        this.exporter = exporter;
        this.prompter = prompter;
        this.vm = vm;
        this.notice = notice;
        this.jumpToField = jumpToField;
        this.handoff = new HandoffChoice(vm, texts);
        handoff.blankProperty().bind(blankDoc.selectedProperty());
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
        blankDoc.setToggleGroup(kind);
        blankDoc.setText(texts.msg("export.blank"));
        blankDoc.setId("exportBlank");
        // a blank form gets its own file name, so it does not replace the filled-in copy
        String blankSuffix = "-" + texts.msg("export.blankSuffix");
        blankDoc.selectedProperty().addListener((o, was, now) -> {
            String n = name.getText();
            if (now && !n.endsWith(blankSuffix)) {
                name.setText(n + blankSuffix);
            } else if (!now && n.endsWith(blankSuffix)) {
                name.setText(n.substring(0, n.length() - blankSuffix.length()));
            }
        });
        finalDoc.setText(texts.msg("export.final"));
        draftDoc.setText(texts.msg("export.draft"));
        finalDoc.setId("exportFinal");
        draftDoc.setId("exportDraft");
        long errors = vm.findings().stream().filter(Finding::isError).count();
        Label finalNote = new Label();
        finalNote.getStyleClass().add("field-hint");
        finalNote.setWrapText(true);
        finalNote.managedProperty().bind(finalNote.textProperty().isNotEmpty());
        if (errors > 0) {
            finalDoc.setDisable(true);
            draftDoc.setSelected(true);
            finalNote.setText(texts.msg("export.finalBlocked", errors));
        } else {
            finalDoc.setSelected(true);
        }
        // values kept in fields hidden by a condition (the other kind of T8) are not printed: say so before exporting
        java.util.Set<String> hidden = vm.hiddenValues();
        Label hiddenNote = new Label();
        hiddenNote.setId("exportHiddenNote");
        hiddenNote.getStyleClass().addAll("field-hint", "export-warning");
        hiddenNote.setWrapText(true);
        if (!hidden.isEmpty()) {
            hiddenNote.setText(texts.msg("export.hiddenValues", hidden.size(),
                    String.join("、", hidden.stream().map(vm.template()::labelOf).toList())));
        }
        hiddenNote.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !hidden.isEmpty() && !blankDoc.isSelected(), blankDoc.selectedProperty()));
        hiddenNote.managedProperty().bind(hiddenNote.visibleProperty());
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
        // the labels keep their width whatever the wide rows (the hand-off list) ask for
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        g.setHgap(10);
        g.setVgap(10);
        int r = 0;
        g.addRow(r++, new Label(texts.msg("export.formats")), new HBox(16, docx, pdf));
        g.addRow(r++, new Label(texts.msg("export.binding")), new HBox(8, binding, new Label(texts.msg("export.mm"))));
        g.addRow(r++, new Label(texts.msg("export.sides")), duplex);
        g.addRow(r++, new Label(texts.msg("export.kind")), new VBox(4, new HBox(16, finalDoc, draftDoc, blankDoc), finalNote,
                hiddenNote));
        Label handoffLabel = new Label(texts.msg("handoff.label"));
        GridPane.setValignment(handoffLabel, javafx.geometry.VPos.TOP);
        g.addRow(r++, handoffLabel, handoffPane());
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
        summary.setId("exportSummary");
        summary.setFillWidth(true);
        summaryScroll.setFitToWidth(true);
        summaryScroll.setMaxHeight(240);
        summaryScroll.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summaryScroll.setVisible(false);
        summaryScroll.managedProperty().bind(summaryScroll.visibleProperty());
        VBox box = new VBox(12, g, progress, status, summaryScroll, buttons);
        box.setPadding(new Insets(16));
        box.setPrefWidth(620);
        Scene scene = new Scene(box);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            box.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
    }

    /**
     * The hand-off choice: a check box "只允许对方修改所选部分…" that shows the sections of the form, each with the
     * rows of its tables indented under it, and says what the recipient will be able to do. Only for DOCX.
     */
    private VBox handoffPane() {
        CheckBox restrict = new CheckBox(texts.msg("handoff.restrict"));
        restrict.setId("handoffRestrict");
        restrict.selectedProperty().bindBidirectional(handoff.restrictProperty());
        restrict.disableProperty().bind(docx.selectedProperty().not());
        Label docxOnly = new Label(texts.msg("handoff.docxOnly"));
        docxOnly.getStyleClass().add("field-hint");
        docxOnly.visibleProperty().bind(docx.selectedProperty().not());
        docxOnly.managedProperty().bind(docxOnly.visibleProperty());
        VBox list = new VBox(4);
        list.setId("handoffParts");
        list.setPadding(new Insets(4));
        for (HandoffChoice.Part part : handoff.parts()) {
            CheckBox cb = new CheckBox(part.label());
            cb.getStyleClass().add("handoff-part");
            cb.setUserData(part.path());
            cb.setWrapText(true);
            cb.setMaxWidth(Double.MAX_VALUE);
            // a row under a chosen section is editable anyway: shown ticked and greyed
            Runnable refresh = () -> {
                cb.setSelected(part.selectedProperty().get() || part.isImplied());
                cb.setDisable(part.isImplied());
            };
            cb.setOnAction(e -> part.selectedProperty().set(cb.isSelected()));
            part.selectedProperty().addListener((o, was, now) -> refresh.run());
            if (part.isRow()) {
                VBox.setMargin(cb, new Insets(0, 0, 0, 24));
                part.section().selectedProperty().addListener((o, was, now) -> refresh.run());
                // the empty form has none of the draft's rows
                cb.visibleProperty().bind(handoff.rowsShownProperty());
                cb.managedProperty().bind(cb.visibleProperty());
            }
            refresh.run();
            list.getChildren().add(cb);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        // on a 1024×600 netbook the dialog with the list still fits the screen (title bar included)
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.max(80, Math.min(150, screen - 510)));
        Label summaryText = new Label();
        summaryText.setId("handoffSummary");
        summaryText.setWrapText(true);
        summaryText.getStyleClass().add("field-hint");
        summaryText.textProperty().bind(handoff.summaryProperty());
        summaryText.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox chosen = new VBox(6, scroll, summaryText);
        chosen.visibleProperty().bind(handoff.restrictProperty().and(docx.selectedProperty()));
        chosen.managedProperty().bind(chosen.visibleProperty());
        chosen.visibleProperty().addListener((o, was, now) -> {
            if (stage.isShowing()) {
                stage.sizeToScene();
            }
        });
        return new VBox(4, new HBox(8, restrict, docxOnly), chosen);
    }

    /** The hand-off choice of this dialog (its view-model). */
    public HandoffChoice handoff() {
        return handoff;
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

    /** What the last export wrote and found, one result per file. */
    public List<ExportResult> results() {
        return List.copyOf(results);
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
            // never the open draft (or its backup, or another draft), whatever the answer to the question below
            String refusal = ExportTargets.refusal(p, vm.file() == null ? List.of() : List.of(vm.file()), true,
                    texts.locale());
            if (refusal != null) {
                status.setText(refusal);
                return;
            }
            if (Files.exists(p)) {
                existing.add(p);
            }
        }
        List<String> editable = docx.isSelected() ? handoff.editable() : List.of();
        if (docx.isSelected() && handoff.problem() != null) {
            status.setText(handoff.problem());
            return;
        }
        if (!existing.isEmpty() && !prompter.confirmReplace(existing)) {
            status.setText(texts.msg("export.notReplaced"));
            return;
        }
        ExportOptions o = new ExportOptions(docx.isSelected(), pdf.isSelected(), binding.getValue(), duplex.isSelected(),
                finalDoc.isSelected() && !vm.hasErrors(), texts.locale(), blankDoc.isSelected(), editable);
        TemplateDef template = vm.template();
        Draft snapshot = vm.draft().copy();
        Task<List<ExportResult>> task = new Task<>() {
            @Override
            protected List<ExportResult> call() throws Exception {
                Files.createDirectories(dir);
                List<ExportResult> out = new ArrayList<>();
                int total = (o.docx() ? 1 : 0) + (o.pdf() ? 1 : 0);
                int done = 0;
                updateProgress(0.05, 1);
                if (o.docx() && o.pdf()) {
                    // DOCX and PDF side by side on two cores: the first export of a session is mostly POI's and
                    // iText's code running once (issue 15)
                    updateMessage(texts.msg("export.writing", base + ".docx、" + base + ".pdf"));
                    Path d = dir.resolve(base + ".docx");
                    Path p = dir.resolve(base + ".pdf");
                    var both = exporter.exportBoth(template, snapshot, d, p, o);
                    out.add(both.first());
                    out.add(both.second());
                    updateProgress(1, 1);
                    return out;
                }
                if (o.docx()) {
                    updateMessage(texts.msg("export.writing", base + ".docx"));
                    Path p = dir.resolve(base + ".docx");
                    out.add(exporter.exportDocx(template, snapshot, p, o));
                    updateProgress(++done, total);
                }
                if (o.pdf()) {
                    updateMessage(texts.msg("export.writing", base + ".pdf"));
                    Path p = dir.resolve(base + ".pdf");
                    out.add(exporter.exportPdf(template, snapshot, p, o));
                    updateProgress(++done, total);
                }
                return out;
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        run.setDisable(true);
        summaryScroll.setVisible(false);
        summary.getChildren().clear();
        task.setOnSucceeded(e -> {
            unbind();
            written.clear();
            results.clear();
            results.addAll(task.getValue());
            results.forEach(res -> written.add(res.file()));
            List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
            int problems = showSummary(snapshot);
            long errors = results.stream().mapToLong(res -> res.missing().size()).sum();
            String done = texts.msg("export.done", String.join("、", names), dir);
            status.setText(problems == 0 ? done : done + "\n" + texts.msg("export.problems", errors, problems - errors));
            status.getStyleClass().removeAll("export-error", "export-warning");
            if (problems > 0) {
                status.getStyleClass().add(errors > 0 ? "export-error" : "export-warning");
            }
            notice.accept(status.getText().replace('\n', ' '));
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

    /**
     * Fills the summary: one line per file with its fingerprint, then every value missing in a file
     * (error) and every character the font lacks (warning), each naming the field, with a button that
     * closes the dialog and puts the cursor in that field. Returns the number of problems.
     */
    private int showSummary(Draft snapshot) {
        summary.getChildren().clear();
        int problems = 0;
        for (ExportResult res : results) {
            Label l = new Label(texts.msg("export.file", res.file().getFileName(), res.fingerprint()));
            l.getStyleClass().add("export-file");
            summary.getChildren().add(l);
        }
        Map<String, String> values = snapshot.flatten();
        for (ExportResult res : results) {
            for (String m : res.missing()) {
                String path = pathIn(m, values);
                summary.getChildren().add(problem("export-error", texts.msg("severity.error"),
                        path == null ? m : texts.msg("export.missing", label(path), m), path));
                problems++;
            }
        }
        for (ExportResult res : results) {
            for (FontWarning w : res.fontWarnings()) {
                for (String path : w.fieldPaths()) {
                    String value = values.getOrDefault(path, "");
                    List<String> chars = w.characters().stream().filter(value::contains).toList();
                    String shown = String.join(" ", (chars.isEmpty() ? w.characters() : chars).stream()
                            .map(c -> c + "（U+" + Integer.toHexString(c.codePointAt(0)).toUpperCase(java.util.Locale.ROOT) + "）")
                            .toList());
                    String text = w.fallback() == null
                            ? texts.msg("export.fontMissing", label(path), shown, w.font())
                            : texts.msg("export.fontFallback", label(path), shown, w.font(), w.fallback());
                    summary.getChildren().add(problem("export-warning", texts.msg("severity.warning"), text, path));
                    problems++;
                }
            }
        }
        summaryScroll.setVisible(true);
        summaryScroll.setPrefViewportHeight(Math.min(200, 26.0 * summary.getChildren().size() + 8));
        stage.sizeToScene();
        return problems;
    }

    private HBox problem(String style, String severity, String text, String path) {
        Label badge = new Label(severity);
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        badge.getStyleClass().add(style.equals("export-error") ? "badge-error" : "badge-warning");
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(style, "export-problem");
        l.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, badge, l);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(l, Priority.ALWAYS);
        if (path != null && jumpToField != null) {
            Button go = new Button(texts.msg("export.goToField"));
            go.getStyleClass().add("export-goto");
            go.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            go.setUserData(path);
            go.setOnAction(e -> {
                stage.close();
                jumpToField.accept(path);
            });
            row.getChildren().add(go);
        }
        return row;
    }

    private String label(String path) {
        return vm.template().labelOf(path);
    }

    /**
     * The field a read-back message names: the longest entered path the message quotes. The print
     * package puts the path in quotes (“path” in Chinese, "path" in English).
     */
    static String pathIn(String message, Map<String, String> values) {
        String best = null;
        for (String path : values.keySet()) {
            if ((message.contains("“" + path + "”") || message.contains("\"" + path + "\""))
                    && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best;
    }

    private void unbind() {
        progress.progressProperty().unbind();
        status.textProperty().unbind();
        progress.setProgress(1);
    }
}
