package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.WorkspaceModel;
import cn.shenbao.app.ui.model.WorkspaceModel.Row;
import cn.shenbao.app.ui.model.WorkspaceModel.Target;
import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.PrintOptions;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.workspace.BatchExport;
import cn.shenbao.forms.workspace.Workspace;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 文件 › 打开工作区…: the findings over a folder of drafts (a society's applications, {@link WorkspaceModel}),
 * one row each — broken files with their problem first, then errors, then warnings. A double click (or Enter)
 * opens the draft at that field; the context menu of a shared item also opens the other draft at the same item.
 * 重新检查 reads the folder again; 批量导出… exports every draft ({@link #exportAll(Path)}).
 */
public final class WorkspaceWindow {
    private final Stage stage = new Stage();
    private final TableView<Row> table = new TableView<>();
    private final Label summary = new Label();
    private final WorkspaceModel model;
    private final UiTexts texts;
    private final Consumer<Target> opener;
    private final Path folder;
    private final TemplateRegistry registry;
    private final Prompter prompter;
    private final ProgressBar progress = new ProgressBar(0);

    /**
     * @param opener opens a draft at a field (in the main window, after asking about unsaved changes)
     */
    public WorkspaceWindow(Window owner, UiTexts texts, TemplateRegistry registry, Path folder, Consumer<Target> opener,
            Prompter prompter) {
        this.texts = texts;
        this.registry = registry;
        this.prompter = prompter;
        this.model = new WorkspaceModel(registry, texts);
        this.opener = opener;
        this.folder = folder;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(texts.msg("workspace.title", folder));
        TableColumn<Row, String> file = column(texts.msg("workspace.col.file"), 200, r -> r.file());
        TableColumn<Row, String> severity = column(texts.msg("workspace.col.severity"), 60,
                r -> r.severity() == Severity.ERROR ? texts.msg("workspace.error") : texts.msg("workspace.warning"));
        TableColumn<Row, String> place = column(texts.msg("workspace.col.place"), 200, Row::place);
        TableColumn<Row, String> message = column(texts.msg("workspace.col.message"), 520, Row::message);
        table.getColumns().setAll(java.util.List.of(file, severity, place, message));
        table.setId("workspaceFindings");
        // the message (the longest text) takes the width the window has beyond the other columns
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        table.setPlaceholder(new Label(texts.msg("workspace.none")));
        table.setRowFactory(v -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().target());
                }
            });
            row.itemProperty().addListener((o, a, item) -> row.setContextMenu(item == null ? null : menu(item)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().target());
            }
        });
        Button recheck = new Button(texts.msg("workspace.recheck"));
        recheck.setOnAction(e -> refresh());
        Button exportAll = new Button(texts.msg("workspace.export"));
        exportAll.setId("workspaceExport");
        exportAll.setOnAction(e -> prompter.chooseFolder(folder, texts.msg("workspace.export.choose"))
                .ifPresent(this::exportAll));
        BorderPane root = new BorderPane(table);
        root.setTop(new ToolBar(recheck, exportAll));
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(200);
        // the summary (how many drafts, errors, and how to open one) wraps instead of ending in …
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, javafx.scene.layout.Priority.ALWAYS);
        HBox bottom = new HBox(8, progress, summary);
        bottom.setPadding(new javafx.geometry.Insets(4));
        root.setBottom(bottom);
        summary.setId("workspaceSummary");
        // as wide as the messages need on an office screen, never wider than a netbook's (1024×600)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1180, screen.getWidth() - 24), Math.min(640, screen.getHeight() - 48));
        scene.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(scene);
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        // a long place or message is cut at the column's edge: the whole text shows when the mouse rests on it
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }

    private ContextMenu menu(Row r) {
        ContextMenu m = new ContextMenu();
        if (!r.broken()) {
            MenuItem own = new MenuItem(texts.msg("workspace.openAt", r.target().name()));
            own.setOnAction(e -> open(r.target()));
            m.getItems().add(own);
        }
        for (Target o : r.others()) {
            MenuItem other = new MenuItem(texts.msg("workspace.openAt", o.name()));
            other.setOnAction(e -> open(o));
            m.getItems().add(other);
        }
        return m.getItems().isEmpty() ? null : m;
    }

    private void open(Target t) {
        if (t.path() != null && t.file() != null) {
            opener.accept(t);
        }
    }

    public Stage stage() {
        return stage;
    }

    public TableView<Row> table() {
        return table;
    }

    /** Shows the window and checks the folder in the background. */
    public void show() {
        stage.show();
        refresh();
    }

    /**
     * 批量导出…: every draft of the folder to DOCX and PDF in {@code out} (one exporter, off the FX thread), the
     * progress shown draft by draft, then the printing sheet; the summary says what was written and opens the folder.
     */
    public Task<BatchExport.Result> exportAll(Path out) {
        progress.setVisible(true);
        progress.setProgress(0);
        Task<BatchExport.Result> task = new Task<>() {
            @Override
            protected BatchExport.Result call() throws Exception {
                Workspace ws = Workspace.open(folder, new DraftFiles(registry));
                updateMessage(texts.msg("workspace.export.running", 0, ws.readable().size(), ""));
                return BatchExport.run(ws, registry, out, new Exporter(),
                        PrintOptions.defaults().withLocale(texts.locale()), false, (done, total, name) -> {
                            updateProgress(done, total);
                            updateMessage(texts.msg("workspace.export.running", done, total, name));
                        });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        summary.textProperty().bind(task.messageProperty());
        Runnable finish = () -> {
            progress.progressProperty().unbind();
            summary.textProperty().unbind();
            progress.setVisible(false);
        };
        task.setOnSucceeded(e -> {
            finish.run();
            BatchExport.Result r = task.getValue();
            long exported = r.documents().stream().filter(BatchExport.Document::exported).count();
            long drafts = r.documents().stream().filter(d -> d.exported() && d.errors() > 0).count();
            long failed = r.documents().size() - exported + r.broken().size();
            summary.setText(texts.msg("workspace.export.done", exported, drafts, failed, out));
            if (failed > 0) {
                StringBuilder sb = new StringBuilder();
                r.documents().stream().filter(d -> !d.exported())
                        .forEach(d -> sb.append(d.draftName()).append("：").append(d.failure()).append('\n'));
                r.broken().forEach(b -> sb.append(b.name()).append("：").append(b.problemMessage(texts.locale())).append('\n'));
                prompter.error(texts.msg("workspace.export.someFailed"), sb.toString().strip());
            }
            lastExport = r;
        });
        task.setOnFailed(e -> {
            finish.run();
            summary.setText(texts.msg("workspace.failed", String.valueOf(task.getException().getMessage())));
        });
        Thread t = new Thread(task, "workspace-export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private BatchExport.Result lastExport;

    /** The result of the last batch export of this window, or null. */
    public BatchExport.Result lastExport() {
        return lastExport;
    }

    /** Reads and checks the folder again, off the FX thread. */
    public Task<WorkspaceModel.Outcome> refresh() {
        summary.setText(texts.msg("workspace.checking", folder));
        Task<WorkspaceModel.Outcome> task = new Task<>() {
            @Override
            protected WorkspaceModel.Outcome call() {
                return model.check(folder);
            }
        };
        task.setOnSucceeded(e -> {
            table.getItems().setAll(task.getValue().rows());
            summary.setText(task.getValue().summary());
        });
        task.setOnFailed(e -> summary.setText(texts.msg("workspace.failed", String.valueOf(task.getException()))));
        Thread t = new Thread(task, "workspace-check");
        t.setDaemon(true);
        t.start();
        return task;
    }
}
