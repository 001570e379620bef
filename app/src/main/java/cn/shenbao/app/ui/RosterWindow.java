package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.app.ui.model.RosterModel;
import cn.shenbao.forms.roster.Expert;
import cn.shenbao.forms.roster.RosterException;
import cn.shenbao.forms.roster.RosterField;
import cn.shenbao.forms.roster.RosterImport;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * 工具 › 专家库…: the society's roster ({@link RosterModel}) — a table with a search (name, unit, mobile, pinyin
 * initials), import from Excel/CSV with a preview (column mapping, duplicates with a decision each, rows with
 * problems) written only on 确认导入, export to Excel. Opened from a draft with a team (从专家库选择成员…) it also
 * shows the team being chosen, with a 打印 tick per member and the team's figures by the form's rules, and
 * 确定 puts the team into the draft.
 */
public final class RosterWindow {
    private final Stage stage = new Stage();
    private final RosterModel model;
    private final UiTexts texts;
    private final TableView<Expert> table = new TableView<>();
    private final TextField search = new TextField();
    private final Label summary = new Label();
    private final VBox previewPane = new VBox(6);
    private final FlowPane mappingPane = new FlowPane(8, 4);
    private final TableView<RosterImport.Duplicate> duplicates = new TableView<>();
    private final ListView<String> problems = new ListView<>();
    private final Label tally = new Label();
    private final ListView<Expert> team = new ListView<>();
    private RosterModel.TeamChoice choice;

    /** The roster window; with {@code draft} (a draft whose form has a team) also the choice of its team. */
    public RosterWindow(Window owner, UiTexts texts, RosterModel model, DraftViewModel draft) {
        this.texts = texts;
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(texts.msg("roster.title", model.file().getFileName()));
        table.setId("rosterTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().setAll(List.of(
                column(texts.msg("roster.col.id"), 60, Expert::id),
                column(texts.msg("roster.col.name"), 90, Expert::name),
                column(texts.msg("roster.col.unit"), 200, Expert::unit),
                column(texts.msg("roster.col.title"), 110, Expert::title),
                column(texts.msg("roster.col.mobile"), 110, Expert::mobile),
                column(texts.msg("roster.col.birthDate"), 90, Expert::birthDate),
                column(texts.msg("roster.col.tuoju"), 50, e -> e.tuoju() ? "✓" : ""),
                column(texts.msg("roster.col.dundian"), 50, e -> e.dundian() ? "✓" : "")));
        table.setItems(model.shown());
        table.setPlaceholder(new Label(texts.msg("roster.empty")));
        search.setId("rosterSearch");
        search.setPrefWidth(300);
        search.setPromptText(texts.msg("roster.search"));
        search.textProperty().bindBidirectional(model.queryProperty());
        Button importButton = new Button(texts.msg("roster.import"));
        importButton.setId("rosterImport");
        importButton.setOnAction(e -> chooseImport());
        Button exportButton = new Button(texts.msg("roster.export"));
        exportButton.setId("rosterExport");
        exportButton.setOnAction(e -> chooseExport());
        ToolBar tools = new ToolBar(search, importButton, exportButton);
        BorderPane root = new BorderPane(table);
        root.setTop(tools);
        buildPreview();
        VBox bottom = new VBox(4, previewPane, summary);
        bottom.setPadding(new Insets(4));
        summary.setId("rosterSummary");
        root.setBottom(bottom);
        if (draft != null) {
            choice = model.team(draft);
            Button add = new Button(texts.msg("roster.team.add"));
            add.setId("rosterAdd");
            add.setOnAction(e -> addSelected());
            tools.getItems().add(add);
            root.setRight(teamPane());
        }
        model.previewProperty().addListener((o, a, b) -> showPreview());
        showPreview();
        Scene scene = new Scene(root, draft == null ? 980 : 1200, 620);
        scene.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(scene);
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    // ---- import ----------------------------------------------------------------------------------

    private void buildPreview() {
        duplicates.setId("rosterDuplicates");
        duplicates.setEditable(true);
        duplicates.setPrefHeight(140);
        TableColumn<RosterImport.Duplicate, RosterImport.Decision> decision = new TableColumn<>(texts.msg("roster.dup.decision"));
        decision.setPrefWidth(120);
        decision.setEditable(true);
        decision.setCellValueFactory(d -> new javafx.beans.property.SimpleObjectProperty<>(model.decision(d.getValue().row())));
        decision.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(RosterImport.Decision d) {
                return d == null ? "" : decisionText(d);
            }

            @Override
            public RosterImport.Decision fromString(String s) {
                return null;
            }
        }, RosterImport.Decision.values()));
        decision.setOnEditCommit(e -> model.decide(e.getRowValue().row(), e.getNewValue()));
        duplicates.getColumns().setAll(List.of(
                column(texts.msg("roster.dup.row"), 50, d -> Integer.toString(d.row())),
                column(texts.msg("roster.dup.file"), 230, d -> d.incoming().name() + " " + d.incoming().unit() + " " + d.incoming().mobile()),
                column(texts.msg("roster.dup.roster"), 230, d -> d.existing().id() + " " + d.existing().name() + " "
                        + d.existing().unit() + " " + d.existing().mobile()),
                column(texts.msg("roster.dup.differs"), 160, d -> String.join("、", d.differences().stream()
                        .map(f -> fieldText(f)).toList())),
                decision));
        problems.setId("rosterProblems");
        problems.setPrefHeight(110);
        Button confirm = new Button(texts.msg("roster.confirm"));
        confirm.setId("rosterConfirm");
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> confirmImport());
        Button cancel = new Button(texts.msg("roster.cancel"));
        cancel.setOnAction(e -> model.cancelImport());
        previewPane.getChildren().setAll(new Label(texts.msg("roster.mapping")), mappingPane,
                new Label(texts.msg("roster.duplicates")), duplicates, new Label(texts.msg("roster.problems")), problems,
                new HBox(8, confirm, cancel));
    }

    private void showPreview() {
        RosterImport.Preview p = model.previewProperty().get();
        previewPane.setVisible(p != null);
        previewPane.setManaged(p != null);
        summary.setText(model.summary());
        if (p == null) {
            return;
        }
        mappingPane.getChildren().clear();
        List<String> headers = new ArrayList<>(p.mapping().keySet());
        headers.addAll(p.ignored());
        for (String h : headers) {
            ComboBox<RosterField> box = new ComboBox<>(FXCollections.observableArrayList(RosterField.values()));
            box.getItems().add(0, null);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(RosterField f) {
                    return f == null ? texts.msg("roster.notImported") : fieldText(f);
                }

                @Override
                public RosterField fromString(String s) {
                    return null;
                }
            });
            box.setValue(p.mapping().get(h));
            box.setOnAction(e -> {
                try {
                    model.map(h, box.getValue());
                } catch (RosterException ex) {
                    summary.setText(ex.message(texts.locale()));
                }
            });
            mappingPane.getChildren().add(new HBox(4, new Label(h + " →"), box));
        }
        duplicates.getItems().setAll(p.duplicates());
        problems.getItems().setAll(model.problems());
    }

    private void chooseImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(texts.msg("roster.import.choose"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.msg("roster.import.kinds"), "*.xlsx", "*.csv"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            importFile(f.toPath());
        }
    }

    /** Reads a file to import and shows the preview (or the reason it cannot be read). */
    public void importFile(Path f) {
        try {
            model.preview(f);
        } catch (RosterException e) {
            summary.setText(e.message(texts.locale()));
        }
    }

    /** 确认导入: writes the roster as decided. */
    public void confirmImport() {
        try {
            RosterImport.Result r = model.confirmImport();
            summary.setText(texts.msg("roster.imported", r.added(), r.replaced(), r.merged(), r.kept(), r.rejected(),
                    r.roster().size()));
        } catch (RosterException e) {
            summary.setText(e.message(texts.locale()));
        }
    }

    private void chooseExport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(texts.msg("roster.export"));
        fc.setInitialFileName(texts.msg("roster.export.name"));
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                model.export(f.toPath(), table.getSelectionModel().getSelectedItems());
                summary.setText(texts.msg("roster.exported", f.getName()));
            } catch (RosterException e) {
                summary.setText(e.message(texts.locale()));
            }
        }
    }

    // ---- team ------------------------------------------------------------------------------------

    private VBox teamPane() {
        team.setId("rosterTeam");
        team.setItems(choice.members());
        team.setCellFactory(CheckBoxListCell.forListView(e -> {
            SimpleBooleanProperty on = new SimpleBooleanProperty(choice.isPrinted(e));
            on.addListener((o, a, b) -> {
                if (!choice.setPrinted(e, b)) {
                    on.set(false);
                }
                updateTally();
            });
            return on;
        }, new StringConverter<>() {
            @Override
            public String toString(Expert e) {
                return e == null ? "" : e.name() + "（" + e.unit() + "）";
            }

            @Override
            public Expert fromString(String s) {
                return null;
            }
        }));
        Button remove = new Button(texts.msg("roster.team.remove"));
        remove.setId("rosterRemove");
        remove.setOnAction(e -> {
            Expert x = team.getSelectionModel().getSelectedItem();
            if (x != null) {
                choice.remove(x);
                updateTally();
            }
        });
        Button apply = new Button(texts.msg("roster.team.apply"));
        apply.setId("rosterApply");
        apply.setOnAction(e -> {
            choice.apply();
            stage.close();
        });
        tally.setId("rosterTally");
        tally.setWrapText(true);
        tally.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every figure stays readable: the list shrinks
        VBox.setVgrow(team, javafx.scene.layout.Priority.ALWAYS);
        updateTally();
        VBox box = new VBox(6, new Label(texts.msg("roster.team")), team, new HBox(8, remove, apply), tally);
        box.setPadding(new Insets(6));
        box.setPrefWidth(300);
        return box;
    }

    private void addSelected() {
        choice.add(List.copyOf(table.getSelectionModel().getSelectedItems()));
        updateTally();
    }

    private void updateTally() {
        tally.setText(texts.msg("roster.team.printed", choice.printedCount(), choice.printedMax()) + "\n"
                + String.join("\n", choice.tally()));
    }

    private String decisionText(RosterImport.Decision d) {
        return switch (d) {
            case KEEP -> texts.msg("roster.decision.keep");
            case REPLACE -> texts.msg("roster.decision.replace");
            case MERGE -> texts.msg("roster.decision.merge");
        };
    }

    private String fieldText(RosterField f) {
        return switch (f) {
            case NAME -> texts.msg("roster.field.name");
            case UNIT -> texts.msg("roster.field.unit");
            case TITLE -> texts.msg("roster.field.title");
            case MOBILE -> texts.msg("roster.field.mobile");
            case EMAIL -> texts.msg("roster.field.email");
            case BIRTH_DATE -> texts.msg("roster.field.birthDate");
            case TUOJU -> texts.msg("roster.field.tuoju");
            case DUNDIAN -> texts.msg("roster.field.dundian");
            case NOTES -> texts.msg("roster.field.notes");
        };
    }

    public Stage stage() {
        return stage;
    }

    public RosterModel model() {
        return model;
    }

    public TableView<Expert> table() {
        return table;
    }

    /** The team being chosen (null without a draft). */
    public RosterModel.TeamChoice choice() {
        return choice;
    }

    public void show() {
        stage.show();
    }
}
