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
    private final ScrollPane scroll;
    private final Label zoomLabel = new Label();
    private final Spinner<Integer> pageSpinner = new Spinner<>(1, 1, 1);
    private final Label pageCount = new Label();
    private double zoom = 1.0;
    private Path pdf;
    private Runnable whenReady;
    private static final double[] ZOOMS = {0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0};

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
        Button smaller = new Button("−");
        smaller.setId("previewZoomOut");
        smaller.setTooltip(new javafx.scene.control.Tooltip(texts.msg("preview.zoomOut")));
        smaller.setOnAction(e -> zoom(-1));
        Button larger = new Button("+");
        larger.setId("previewZoomIn");
        larger.setTooltip(new javafx.scene.control.Tooltip(texts.msg("preview.zoomIn")));
        larger.setOnAction(e -> zoom(1));
        zoomLabel.setId("previewZoom");
        zoomLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        pageSpinner.setId("previewPage");
        pageSpinner.setEditable(true);
        pageSpinner.setPrefWidth(80);
        pageSpinner.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                showPage(b);
            }
        });
        pageCount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (javafx.scene.layout.Region r : List.of(refresh, print, smaller, larger)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        ToolBar bar = new ToolBar(refresh, print, new javafx.scene.control.Separator(), smaller, zoomLabel, larger,
                new javafx.scene.control.Separator(), new Label(texts.msg("preview.page")), pageSpinner, pageCount,
                new javafx.scene.control.Separator(), new Label(texts.msg("export.binding")), binding,
                new Label(texts.msg("export.mm")), duplex, info);
        updateZoomLabel();
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(16));
        pages.setId("previewPages");
        pages.getStyleClass().add("preview-pages");
        ScrollPane sp = new ScrollPane(pages);
        sp.setFitToWidth(true);
        scroll = sp;
        busy.setMaxSize(60, 60);
        StackPane centre = new StackPane(sp, busy);
        BorderPane root = new BorderPane(centre);
        root.setTop(bar);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(900, screen.getWidth()), Math.min(860, screen.getHeight() - 40));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> zoom(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> zoom(-1));
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

    /** The size of the pages relative to their size at 96 dpi (1.0 = 100 %). */
    public double zoom() {
        return zoom;
    }

    /** Larger (+1) or smaller (−1) pages, in steps from 50 % to 200 %. */
    public void zoom(int direction) {
        int i = 0;
        while (i < ZOOMS.length - 1 && ZOOMS[i] < zoom - 1e-6) {
            i++;
        }
        i = Math.max(0, Math.min(ZOOMS.length - 1, i + Integer.signum(direction)));
        zoom = ZOOMS[i];
        for (ImageView iv : pageViews()) {
            iv.setFitWidth(iv.getImage().getWidth() * zoom);
        }
        updateZoomLabel();
    }

    private void updateZoomLabel() {
        zoomLabel.setText(Math.round(zoom * 100) + "%");
    }

    /** Scrolls so that page {@code n} (from 1) starts at the top of the view. */
    public void showPage(int n) {
        List<ImageView> views = pageViews();
        if (views.isEmpty()) {
            return;
        }
        ImageView page = views.get(Math.max(0, Math.min(views.size() - 1, n - 1)));
        scroll.applyCss();
        scroll.layout();
        double h = pages.getBoundsInLocal().getHeight();
        double vh = scroll.getViewportBounds().getHeight();
        if (h > vh) {
            scroll.setVvalue(Math.min(1, Math.max(0, page.getBoundsInParent().getMinY() - 8) / (h - vh)));
        }
        if (pageSpinner.getValue() == null || pageSpinner.getValue() != n) {
            pageSpinner.getValueFactory().setValue(n);
        }
    }

    /** The scroll position of the pages (0 top, 1 bottom). */
    public double scrollPosition() {
        return scroll.getVvalue();
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
                iv.setFitWidth(img.getWidth() * zoom);
                pages.getChildren().add(iv);
            }
            int count = Math.max(1, task.getValue().size());
            pageSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1, count, 1));
            pageCount.setText(texts.msg("preview.pageOf", count));
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
