package cn.shenbao.app.ui;

import cn.shenbao.app.ui.model.PackageModel;
import cn.shenbao.forms.paper.PackageBuilder;
import cn.shenbao.forms.paper.PackageException;
import cn.shenbao.forms.print.Exporter;
import cn.shenbao.forms.print.ExportTargets;
import cn.shenbao.forms.print.fonts.FontLocator;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * 文件 › 装订材料…: the paper package builder ({@link PackageModel}, {@link PackageBuilder}) — an ordered list of
 * parts (drafts, the user's PDF and image files, the 目录), 上移 / 下移 / 删除, the title of the selected part,
 * binding margin, right-hand starts and sets; 生成… writes the printing PDF and the e-mail PDF beside it and says
 * how many pages and sheets to print. A refused file is named in the message; nothing is written then.
 */
public final class PackageDialog {
    private final Stage stage = new Stage();
    private final PackageModel model = new PackageModel();
    private final ListView<PackageModel.Part> list = new ListView<>();
    private final Label status = new Label();
    private final UiTexts texts;
    private final Prompter prompter;
    private final TemplateRegistry registry;
    private PackageBuilder.Result last;
    private final Spinner<Integer> binding = new Spinner<>(0, 30, 10);
    private final CheckBox duplex = new CheckBox();
    private final Spinner<Integer> sets = new Spinner<>(1, 100, 1);
    /** While the option controls are set from the model (an opened spec), they do not write back. */
    private boolean syncing;

    public PackageDialog(Window owner, UiTexts texts, Prompter prompter, TemplateRegistry registry, Path start) {
        this.texts = texts;
        this.prompter = prompter;
        this.registry = registry;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(texts.msg("package.title"));
        list.setId("packageParts");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PackageModel.Part p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : (getIndex() + 1) + ". " + PackageModel.describe(p, texts.locale())
                        + (p.numbered() ? "" : "  " + texts.msg("package.unnumbered")));
            }
        });
        Button addDraft = button("package.addDraft", () -> prompter.chooseOpen(start).ifPresent(f -> {
            model.addDraft(f);
            refresh(model.parts().size() - 1);
        }));
        Button addFiles = button("package.addFiles", () -> {
            List<Path> fs = prompter.chooseFiles(start, texts.msg("package.addFiles"));
            model.addFiles(fs);
            refresh(model.parts().size() - 1);
        });
        Button addToc = button("package.addToc", () -> {
            model.addToc(texts.msg("package.tocTitle"));
            refresh(selected());
        });
        Button up = button("package.up", () -> refresh(model.move(selected(), -1)));
        Button down = button("package.down", () -> refresh(model.move(selected(), 1)));
        Button remove = button("package.remove", () -> {
            int i = selected();
            model.remove(i);
            refresh(Math.min(i, model.parts().size() - 1));
        });
        TextField title = new TextField();
        title.setPromptText(texts.msg("package.partTitle"));
        title.setOnAction(e -> {
            int i = selected();
            model.rename(i, title.getText());
            refresh(i);
        });
        CheckBox numbered = new CheckBox(texts.msg("package.numbered"));
        numbered.setOnAction(e -> {
            int i = selected();
            model.setNumbered(i, numbered.isSelected());
            refresh(i);
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            title.setText(p == null ? "" : p.title());
            numbered.setSelected(p != null && p.numbered());
        });
        binding.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.setBindingMarginMm(b);
            }
        });
        binding.setId("packageBinding");
        duplex.setText(texts.msg("package.duplex"));
        duplex.setId("packageDuplex");
        duplex.setSelected(true);
        duplex.setOnAction(e -> model.setDuplexRightStart(duplex.isSelected()));
        sets.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.setSets(b);
            }
        });
        sets.setId("packageSets");
        // a PDF, not a draft: the file chooser of drafts would add .shenbao to the name
        Button build = button("package.build", () -> prompter.chooseSaveFile(start, texts.msg("package.defaultName") + ".pdf",
                texts.msg("package.build"), texts.msg("package.pdfFilter"), ".pdf").ifPresent(this::build));
        build.setId("packageBuild");
        Button openSpec = button("package.openSpec", () -> prompter.chooseOpenFile(start, texts.msg("package.openSpec"),
                texts.msg("package.specFilter"), ".json").ifPresent(this::openSpec));
        openSpec.setId("packageOpenSpec");
        Button saveSpec = button("package.saveSpec", () -> prompter.chooseSaveFile(start,
                texts.msg("package.specDefaultName") + ".json", texts.msg("package.saveSpec"), texts.msg("package.specFilter"),
                ".json").ifPresent(this::saveSpec));
        saveSpec.setId("packageSaveSpec");
        status.setId("packageStatus");
        status.setWrapText(true);
        VBox side = new VBox(6, addDraft, addFiles, addToc, up, down, remove, new javafx.scene.control.Separator(),
                openSpec, saveSpec);
        side.setPadding(new Insets(6));
        binding.setPrefWidth(90);
        sets.setPrefWidth(90);
        binding.setEditable(true);
        sets.setEditable(true);
        HBox edit = new HBox(6, new Label(texts.msg("package.partTitle")), title, numbered);
        HBox.setHgrow(title, javafx.scene.layout.Priority.ALWAYS);
        edit.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox options = new HBox(6, new Label(texts.msg("package.binding")), binding, duplex, new Label(texts.msg("package.sets")),
                sets, build);
        options.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, edit, options, status);
        bottom.setPadding(new Insets(6));
        BorderPane root = new BorderPane(list, null, side, bottom, null);
        Scene scene = new Scene(root, 820, 480);
        scene.getStylesheets().add(ShenbaoApp.class.getResource(ShenbaoApp.CSS).toExternalForm());
        stage.setScene(scene);
        model.addToc(texts.msg("package.tocTitle"));
        refresh(0);
    }

    /**
     * 打开清单…: the parts and options of a spec file replace those listed. A file that cannot be read changes
     * nothing; the message names it and says why.
     */
    public boolean openSpec(Path file) {
        String problem = model.open(file, texts.locale());
        if (problem != null) {
            status.setText(problem);
            prompter.error(texts.msg("package.specOpenFailed"), problem);
            return false;
        }
        syncing = true;
        try {
            binding.getValueFactory().setValue((int) Math.round(model.bindingMarginMm()));
            duplex.setSelected(model.duplexRightStart());
            sets.getValueFactory().setValue(model.sets());
        } finally {
            syncing = false;
        }
        refresh(0);
        status.setText(texts.msg("package.specOpened", file.getFileName(), model.parts().size()));
        return true;
    }

    /** 保存清单…: the listed parts and options as a spec file (for {@code shenbao package} or to open again). */
    public boolean saveSpec(Path file) {
        String problem = model.save(file, texts.locale());
        if (problem != null) {
            status.setText(problem);
            prompter.error(texts.msg("package.specSaveFailed"), problem);
            return false;
        }
        status.setText(texts.msg("package.specSaved", file.getFileName()));
        return true;
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(texts.msg(key));
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    private void refresh(int select) {
        list.getItems().setAll(model.parts());
        if (select >= 0 && select < model.parts().size()) {
            list.getSelectionModel().select(select);
        }
    }

    public PackageModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    public PackageBuilder.Result last() {
        return last;
    }

    /** Builds the package into {@code out} and its e-mail copy beside it, off the FX thread. */
    public Task<PackageBuilder.Result> build(Path out) {
        Path email = PackageBuilder.emailFile(out, texts.locale());
        Task<PackageBuilder.Result> task = new Task<>() {
            @Override
            protected PackageBuilder.Result call() throws Exception {
                List<Path> drafts = model.parts().stream().flatMap(p -> p.files().stream()).toList();
                for (Path target : List.of(out, email)) {
                    String refusal = ExportTargets.refusal(target, drafts, true, texts.locale());
                    if (refusal != null) {
                        throw new IllegalArgumentException(refusal);
                    }
                }
                try {
                    return new PackageBuilder(registry, new Exporter(), FontLocator.system(), texts.locale())
                            .build(model.spec(), out, email);
                } catch (PackageException e) {
                    throw new IllegalArgumentException(e.message(texts.locale()), e);
                }
            }
        };
        status.setText(texts.msg("package.building"));
        task.setOnSucceeded(e -> {
            last = task.getValue();
            PackageBuilder.Result r = last;
            status.setText(texts.msg("package.done", r.print().getFileName(), r.printPages(), r.blankPages(),
                    r.email().getFileName(), r.sets(), r.sheetsPerSet()));
        });
        task.setOnFailed(e -> {
            String m = String.valueOf(task.getException().getMessage());
            status.setText(m);
            prompter.error(texts.msg("package.failed"), m);
        });
        Thread t = new Thread(task, "package");
        t.setDaemon(true);
        t.start();
        return task;
    }
}
