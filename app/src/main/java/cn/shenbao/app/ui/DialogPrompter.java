package cn.shenbao.app.ui;

import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.template.TemplateDef;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The prompter that asks through dialogs and file choosers. */
public final class DialogPrompter implements Prompter {
    private final Stage owner;
    private UiTexts texts;

    public DialogPrompter(Stage owner, UiTexts texts) {
        this.owner = owner;
        this.texts = texts;
    }

    @Override
    public void languageChanged(UiTexts texts) {
        this.texts = texts;
    }

    @Override
    public Unsaved unsavedChanges(String documentName) {
        ButtonType save = new ButtonType(texts.msg("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(texts.msg("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(texts.msg("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, texts.msg("unsaved.text", documentName), save, discard, cancel);
        a.initOwner(owner);
        a.setTitle(texts.msg("unsaved.title"));
        a.setHeaderText(null);
        fit(a);
        ButtonType r = a.showAndWait().orElse(cancel);
        return r == save ? Unsaved.SAVE : r == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public boolean recover(String description) {
        ButtonType yes = new ButtonType(texts.msg("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.msg("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, description, yes, no);
        a.initOwner(owner);
        a.setTitle(texts.msg("recovery.title"));
        a.setHeaderText(texts.msg("recovery.header"));
        fit(a);
        return a.showAndWait().orElse(no) == yes;
    }

    @Override
    public boolean updateFromRoster(String summary) {
        ButtonType yes = new ButtonType(texts.msg("roster.update.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.msg("roster.update.no"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, summary, yes, no);
        a.initOwner(owner);
        a.setTitle(texts.msg("roster.update.title"));
        a.setHeaderText(null);
        fit(a);
        return a.showAndWait().orElse(no) == yes;
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        ButtonType yes = new ButtonType(texts.msg("replace.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(texts.msg("replace.no"), ButtonBar.ButtonData.NO);
        String names = String.join("、", existing.stream().map(p -> p.getFileName().toString()).toList());
        Path folder = existing.get(0).toAbsolutePath().getParent();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, texts.msg("replace.text", names, folder), yes, no);
        a.initOwner(owner);
        a.setTitle(texts.msg("replace.title"));
        a.setHeaderText(null);
        fit(a);
        return a.showAndWait().orElse(no) == yes;
    }

    @Override
    public void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ok(texts));
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setMinWidth(520);
        fit(a);
        a.showAndWait();
    }

    /**
     * The OK button in the language of the interface: JavaFX's own {@code ButtonType.OK} takes its text
     * from the machine's locale once, when the class is first used, and does not follow a switch.
     */
    public static ButtonType ok(UiTexts texts) {
        return new ButtonType(texts.msg("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** The cancel button in the language of the interface (see {@link #ok}). */
    public static ButtonType cancel(UiTexts texts) {
        return new ButtonType(texts.msg("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /**
     * A dialog keeps its preferred size on a small screen or under a window manager that would
     * shrink it (labels shown as "…"), and may be made larger to read a long text.
     */
    public static void fit(Dialog<?> d) {
        d.setResizable(true);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (d.getDialogPane().getMinWidth() < 0) {
            d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        }
        for (javafx.scene.Node n : d.getDialogPane().getChildren()) {
            if (n instanceof javafx.scene.control.Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
    }

    @Override
    public Optional<TemplateDef> chooseTemplate(List<TemplateDef> templates) {
        return new NewFormDialog(owner, texts, new cn.shenbao.app.ui.model.NewFormChooser(templates)).showAndWait();
    }

    @Override
    public Optional<List<cn.shenbao.forms.handoff.Comparison.Change>> compareDocx(String fileName,
            cn.shenbao.forms.handoff.Comparison.Result result) {
        return compareDocx(fileName, result, null);
    }

    @Override
    public Optional<List<cn.shenbao.forms.handoff.Comparison.Change>> compareDocx(String fileName,
            cn.shenbao.forms.handoff.Comparison.Result result, TemplateDef template) {
        ComparisonPane pane = new ComparisonPane(texts, fileName, result, template);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(texts.msg("compare.title"));
        d.setResizable(true);
        ButtonType take = new ButtonType(texts.msg("compare.take"), ButtonBar.ButtonData.OK_DONE);
        // our own 取消: JavaFX's ButtonType.CANCEL follows the machine's language, not the interface's
        d.getDialogPane().getButtonTypes().addAll(take, cancel(texts));
        d.getDialogPane().setContent(pane);
        return d.showAndWait().filter(b -> b == take).map(b -> pane.taken());
    }

    @Override
    public Optional<Path> chooseOpen(Path folder) {
        FileChooser fc = chooser(folder);
        // a DOCX exported by this program and returned by a colleague opens as a comparison (issue 14)
        fc.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(texts.msg("file.filterOpen"),
                "*" + DraftFiles.EXTENSION, "*.docx"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.msg("file.filterDocx"), "*.docx"));
        fc.setTitle(texts.msg("open.title"));
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseFiles(Path folder, String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF / JPEG / PNG", "*.pdf", "*.PDF", "*.jpg", "*.jpeg",
                "*.JPG", "*.JPEG", "*.png", "*.PNG"));
        java.util.List<File> fs = fc.showOpenMultipleDialog(owner);
        return fs == null ? java.util.List.of() : fs.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(Path folder, String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            dc.setInitialDirectory(folder.toFile());
        }
        File f = dc.showDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Path folder, String suggestedName) {
        FileChooser fc = chooser(folder);
        fc.setTitle(texts.msg("saveAs.title"));
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().endsWith(DraftFiles.EXTENSION)) {
            p = p.resolveSibling(p.getFileName() + DraftFiles.EXTENSION);
        }
        return Optional.of(p);
    }

    @Override
    public List<Path> chooseGatherSources(Path folder) {
        javafx.scene.control.ButtonType files = new javafx.scene.control.ButtonType(texts.msg("gather.chooseFiles"));
        javafx.scene.control.ButtonType dir = new javafx.scene.control.ButtonType(texts.msg("gather.chooseFolder"));
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                texts.msg("gather.chooseText"), files, dir, cancel(texts));
        a.initOwner(owner);
        a.setTitle(texts.msg("gather.title"));
        a.setHeaderText(texts.msg("gather.chooseHeader"));
        fit(a);
        Optional<javafx.scene.control.ButtonType> b = a.showAndWait();
        if (b.isEmpty() || b.get() != files && b.get() != dir) {
            return List.of();
        }
        if (b.get() == dir) {
            javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
            dc.setTitle(texts.msg("gather.chooseFolder"));
            if (folder != null && Files.isDirectory(folder)) {
                dc.setInitialDirectory(folder.toFile());
            }
            File f = dc.showDialog(owner);
            return f == null ? List.of() : List.of(f.toPath());
        }
        FileChooser fc = chooser(folder);
        fc.setTitle(texts.msg("gather.chooseFiles"));
        List<File> chosen = fc.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public boolean reviewGather(cn.shenbao.app.ui.model.GatherReview review) {
        return new GatherDialog(owner, texts, review).showAndWait().orElse(false);
    }

    @Override
    public Optional<Path> chooseOpenFile(Path folder, String title, String description, String extension) {
        FileChooser fc = otherChooser(folder, title, description, extension);
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName, String title, String description,
                                         String extension) {
        FileChooser fc = otherChooser(folder, title, description, extension);
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            p = p.resolveSibling(p.getFileName() + extension);
        }
        return Optional.of(p);
    }

    private static FileChooser otherChooser(Path folder, String title, String description, String extension) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension,
                "*" + extension.toUpperCase(java.util.Locale.ROOT)));
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        return fc;
    }

    private FileChooser chooser(Path folder) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.msg("file.filter"), "*" + DraftFiles.EXTENSION));
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        return fc;
    }
}
