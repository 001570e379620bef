package cn.shenbao.app.ui.export;

import cn.shenbao.app.ui.UiTexts;
import cn.shenbao.app.ui.model.DraftViewModel;
import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The preview of the actual PDF pages: the draft is exported to a temporary PDF in the background and
 * its pages are rendered with PDFBox. The same pages go to the printer (Ctrl+P), with the notice's
 * number of copies (template parameter {@code copies}) and duplex when mirrored margins are chosen.
 */
public final class PreviewWindow {
    private static final float SCREEN_DPI = 96f;
    private static final float PRINT_DPI = 200f;

    private final Stage stage = new Stage();
    private final UiTexts texts;
    private final DocumentExporter exporter;
    private final DraftViewModel vm;
    private final VBox pages = new VBox(16);
    private final Label info = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Spinner<Integer> binding = new Spinner<>(0, 50, 0, 5);
    private final CheckBox duplex = new CheckBox();
    private Path pdf;
    private Runnable whenReady;

    private PreviewWindow(Stage owner, UiTexts texts, DocumentExporter exporter, DraftViewModel vm) {
        this.texts = texts;
        this.exporter = exporter;
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(texts.msg("preview.title"));
        Button refresh = new Button(texts.msg("preview.refresh"));
        refresh.setOnAction(e -> render());
        Button print = new Button(texts.msg("preview.print"));
        print.setId("previewPrint");
        print.setOnAction(e -> print());
        duplex.setText(texts.msg("export.duplex"));
        binding.setPrefWidth(80);
        binding.setEditable(true);
        info.setId("previewInfo");
        ToolBar bar = new ToolBar(refresh, print, new Label(texts.msg("export.binding")), binding,
                new Label(texts.msg("export.mm")), duplex, info);
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.setId("previewPages");
        pages.getStyleClass().add("preview-pages");
        ScrollPane sp = new ScrollPane(pages);
        sp.setFitToWidth(true);
        busy.setMaxSize(60, 60);
        StackPane centre = new StackPane(sp, busy);
        BorderPane root = new BorderPane(centre);
        root.setTop(bar);
        Scene scene = new Scene(root, 900, 860);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        stage.setScene(scene);
        stage.setOnHidden(e -> deleteTemp());
    }

    /** Opens the preview and starts rendering. */
    public static PreviewWindow show(Stage owner, UiTexts texts, DocumentExporter exporter, DraftViewModel vm) {
        PreviewWindow w = new PreviewWindow(owner, texts, exporter, vm);
        w.stage.show();
        w.render();
        return w;
    }

    /** Ctrl+P in the main window: the preview opens and the print dialog follows once the pages are ready. */
    public static PreviewWindow printDirect(Stage owner, UiTexts texts, DocumentExporter exporter, DraftViewModel vm) {
        PreviewWindow w = new PreviewWindow(owner, texts, exporter, vm);
        w.whenReady = w::print;
        w.stage.show();
        w.render();
        return w;
    }

    public Stage stage() {
        return stage;
    }

    /** The page images shown. */
    public List<ImageView> pageViews() {
        return pages.getChildren().stream().filter(n -> n instanceof ImageView).map(n -> (ImageView) n).toList();
    }

    /** Copies asked for by the notice (template parameter {@code copies}), 1 when not given. */
    public static int copies(TemplateDef t) {
        Object c = t.param("copies");
        try {
            return c == null ? 1 : Math.max(1, Integer.parseInt(c.toString().strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void render() {
        if (!exporter.isAvailable()) {
            info.setText(texts.msg("preview.unavailable"));
            busy.setVisible(false);
            return;
        }
        TemplateDef template = vm.template();
        Draft snapshot = vm.draft().copy();
        ExportOptions o = new ExportOptions(false, true, binding.getValue(), duplex.isSelected(), !vm.hasErrors(), texts.locale());
        busy.setVisible(true);
        info.setText(texts.msg("preview.rendering"));
        Task<List<Image>> task = new Task<>() {
            @Override
            protected List<Image> call() throws Exception {
                Path tmp = Files.createTempFile("shenbao-preview-", ".pdf");
                exporter.exportPdf(template, snapshot, tmp, o);
                deleteTemp();
                pdf = tmp;
                return PdfPages.render(tmp, SCREEN_DPI);
            }
        };
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            pages.getChildren().clear();
            for (Image img : task.getValue()) {
                ImageView iv = new ImageView(img);
                iv.setPreserveRatio(true);
                iv.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0.4)));
                pages.getChildren().add(iv);
            }
            info.setText(texts.msg("preview.pages", task.getValue().size(), copies(template)));
            if (whenReady != null) {
                Runnable r = whenReady;
                whenReady = null;
                r.run();
            }
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            Throwable ex = task.getException();
            info.setText(texts.msg("preview.failed", ex == null ? "" : ex.getMessage()));
        });
        Thread t = new Thread(task, "shenbao-preview");
        t.setDaemon(true);
        t.start();
    }

    private void print() {
        if (pdf == null) {
            whenReady = this::print;
            return;
        }
        try {
            List<Image> hi = PdfPages.render(pdf, PRINT_DPI);
            PagePrinter.Outcome r = PagePrinter.print(stage, hi, copies(vm.template()), duplex.isSelected());
            info.setText(switch (r) {
                case PRINTED -> texts.msg("print.done");
                case CANCELLED -> texts.msg("print.cancelled");
                case NO_PRINTER -> texts.msg("print.noPrinter");
                case FAILED -> texts.msg("print.failed");
            });
        } catch (java.io.IOException ex) {
            info.setText(texts.msg("preview.failed", ex.getMessage()));
        }
    }

    private void deleteTemp() {
        Path p = pdf;
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (java.io.IOException ignored) {
                // a temporary file; the system cleans its temp folder
            }
        }
    }
}
