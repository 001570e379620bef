package cn.shenbao.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The windows of the 帮助 menu: the list of keyboard commands and the user guide. Both are ordinary,
 * resizable windows that stay open beside the form. The guide is {@code docs/user-guide.md}, packed
 * into the jar with its pictures, shown by a small reader of the few Markdown forms it uses
 * (headings, paragraphs, lists, tables, pictures, bold and code) — no web engine needed.
 */
final class HelpWindows {
    /** Where the guide and its pictures lie among the resources (copied from docs/ by the build). */
    static final String GUIDE = "/cn/shenbao/app/ui/guide/user-guide.md";

    private HelpWindows() {}

    /** 帮助 › 快捷键: every key with what it does, in a table that can be read in full. */
    static Stage showKeys(Stage owner, UiTexts texts) {
        GridPane grid = new GridPane();
        grid.setId("keysTable");
        grid.setHgap(24);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        for (Shortcuts.Shortcut s : Shortcuts.ALL) {
            Label k = new Label(s.keys());
            k.getStyleClass().add("shortcut-keys");
            Label a = new Label(texts.msg(s.action()));
            a.setWrapText(true);
            a.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, k, a);
        }
        grid.setPadding(new Insets(16));
        return window(owner, texts, "keysWindow", texts.msg("menu.keys"), grid, 560, 620);
    }

    /** 帮助 › 使用说明: the user guide with its pictures. */
    static Stage showGuide(Stage owner, UiTexts texts) {
        VBox page = new VBox(10);
        page.setId("guidePage");
        page.setPadding(new Insets(16, 24, 24, 24));
        page.getStyleClass().add("guide-page");
        String md;
        try (InputStream in = HelpWindows.class.getResourceAsStream(GUIDE)) {
            md = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            md = null;
        }
        Stage[] stage = new Stage[1];
        ScrollPane scroll = new ScrollPane();
        if (md == null) {
            page.getChildren().add(new Label(texts.msg("guide.missing")));
        } else {
            render(md, page, scroll);
        }
        Rectangle bounds = Rectangle.of(owner);
        stage[0] = window(owner, texts, "guideWindow", texts.msg("menu.guide"), page, Math.min(900, bounds.w), bounds.h * 0.9, scroll);
        return stage[0];
    }

    private record Rectangle(double w, double h) {
        static Rectangle of(Stage owner) {
            var b = Screen.getPrimary().getVisualBounds();
            return new Rectangle(b.getWidth(), b.getHeight());
        }
    }

    private static Stage window(Stage owner, UiTexts texts, String id, String title, Region content, double w, double h) {
        return window(owner, texts, id, title, content, w, h, new ScrollPane());
    }

    private static Stage window(Stage owner, UiTexts texts, String id, String title, Region content, double w, double h, ScrollPane scroll) {
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        Button close = new Button(texts.msg("dialog.close"));
        close.setCancelButton(true);
        close.setDefaultButton(true);
        HBox buttons = new HBox(close);
        buttons.setPadding(new Insets(8, 16, 12, 16));
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(scroll, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.setId(id);
        Scene scene = new Scene(box, w, Math.min(h, Screen.getPrimary().getVisualBounds().getHeight()));
        Stage stage = new Stage();
        if (owner != null && owner.getScene() != null) {
            stage.initOwner(owner);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            box.setStyle(owner.getScene().getRoot().getStyle());
        }
        CjkFonts.apply(box);
        stage.setTitle(title);
        stage.setScene(scene);
        stage.setResizable(true);
        stage.setMinWidth(320);
        stage.setMinHeight(240);
        close.setOnAction(e -> stage.close());
        stage.show();
        return stage;
    }

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\[([^\\]]+)\\]\\([^)]*\\)");

    /** Renders the guide's Markdown into nodes (only the forms the guide uses). */
    static void render(String md, VBox page, ScrollPane scroll) {
        List<String> para = new ArrayList<>();
        List<String[]> table = new ArrayList<>();
        for (String raw : md.split("\r?\n")) {
            String line = raw.strip();
            if (!line.startsWith("|") && !table.isEmpty()) {
                page.getChildren().add(table(table));
                table.clear();
            }
            if (line.isEmpty()) {
                flush(para, page);
            } else if (line.startsWith("#")) {
                flush(para, page);
                int level = line.indexOf(' ');
                Label h = new Label(line.substring(level + 1));
                h.getStyleClass().add("guide-h" + Math.min(3, Math.max(1, level)));
                h.setWrapText(true);
                h.setMinHeight(Region.USE_PREF_SIZE);
                page.getChildren().add(h);
            } else if (line.startsWith("|")) {
                flush(para, page);
                if (!line.matches("\\|[\\s:|-]+\\|?")) {
                    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
                    table.add(inner.split("\\|"));
                }
            } else if (line.startsWith("- ") || line.matches("\\d+\\. .*")) {
                flush(para, page);
                String bullet = line.startsWith("- ") ? "•" : line.substring(0, line.indexOf(' '));
                TextFlow t = flow(line.substring(line.indexOf(' ') + 1));
                Label b = new Label(bullet);
                b.setMinWidth(Region.USE_PREF_SIZE);
                HBox item = new HBox(8, b, t);
                HBox.setHgrow(t, Priority.ALWAYS);
                item.setPadding(new Insets(0, 0, 0, 12));
                page.getChildren().add(item);
            } else if (IMAGE.matcher(line).matches()) {
                flush(para, page);
                Matcher m = IMAGE.matcher(line);
                m.matches();
                page.getChildren().add(image(m.group(2), m.group(1), scroll));
            } else {
                para.add(line);
            }
        }
        flush(para, page);
        if (!table.isEmpty()) {
            page.getChildren().add(table(table));
        }
    }

    private static void flush(List<String> para, VBox page) {
        if (!para.isEmpty()) {
            page.getChildren().add(flow(String.join("", para)));
            para.clear();
        }
    }

    static TextFlow flow(String text) {
        TextFlow f = new TextFlow();
        f.getStyleClass().add("guide-text");
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                f.getChildren().add(text(text.substring(at, m.start()), null));
            }
            if (m.group(1) != null) {
                f.getChildren().add(text(m.group(1), "guide-bold"));
            } else if (m.group(2) != null) {
                f.getChildren().add(text(m.group(2), "guide-code"));
            } else {
                f.getChildren().add(text(m.group(3), null));
            }
            at = m.end();
        }
        if (at < text.length()) {
            f.getChildren().add(text(text.substring(at), null));
        }
        return f;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add("guide-run");
        if (style != null) {
            t.getStyleClass().add(style);
        }
        return t;
    }

    private static GridPane table(List<String[]> rows) {
        GridPane g = new GridPane();
        g.getStyleClass().add("guide-table");
        g.setHgap(16);
        g.setVgap(4);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                TextFlow t = flow(cells[c].strip());
                if (r == 0) {
                    t.getStyleClass().add("guide-table-head");
                }
                g.add(t, c, r);
            }
        }
        return g;
    }

    private static Node image(String path, String alt, ScrollPane scroll) {
        String base = GUIDE.substring(0, GUIDE.lastIndexOf('/') + 1);
        var url = HelpWindows.class.getResource(base + path);
        if (url == null) {
            return new Label("［" + alt + "］");
        }
        Image img = new Image(url.toExternalForm());
        ImageView v = new ImageView(img);
        v.setPreserveRatio(true);
        v.setSmooth(true);
        v.getStyleClass().add("guide-image");
        v.setAccessibleText(alt);
        v.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(100, Math.min(img.getWidth(), scroll.getViewportBounds().getWidth() - 60)),
                scroll.viewportBoundsProperty(), img.widthProperty()));
        return v;
    }
}
