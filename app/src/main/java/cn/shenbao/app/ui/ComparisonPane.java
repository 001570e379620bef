package cn.shenbao.app.ui;

import cn.shenbao.forms.handoff.Comparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The field-by-field comparison of a returned DOCX (issue 14): one line per value that differs, the value in the
 * draft beside the value in the DOCX (a conflict shows the draft's own change beside the DOCX's), a box to take or
 * leave each, a box per table row to take or leave the whole row (one person's row, a copied new row), and
 * 全部采用 / 全部不采用. Unreadable values and deleted controls are listed with the reason, without a box. Nothing
 * is written here: {@link #taken()} is what the user chose.
 */
final class ComparisonPane extends VBox {
    private final List<Item> items = new ArrayList<>();

    private record Item(Comparison.Change change, CheckBox take) {
    }

    ComparisonPane(UiTexts texts, String fileName, Comparison.Result result) {
        this(texts, fileName, result, null);
    }

    /** With the form's definition, a table row is named as a person reads it (成员表 第 2 行), not only by its path. */
    ComparisonPane(UiTexts texts, String fileName, Comparison.Result result,
                   cn.shenbao.forms.template.TemplateDef template) {
        setSpacing(8);
        setPadding(new Insets(10));
        long unchanged = result.of(Comparison.Status.UNCHANGED).size();
        Label head = new Label(texts.msg("compare.head", fileName, result.takeable().size(), unchanged));
        head.setWrapText(true);
        Button all = new Button(texts.msg("compare.all"));
        all.setId("compareAll");
        Button none = new Button(texts.msg("compare.none"));
        none.setId("compareNone");
        all.setOnAction(e -> items.forEach(i -> i.take().setSelected(true)));
        none.setOnAction(e -> items.forEach(i -> i.take().setSelected(false)));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // 冲突（两边都改了） in full
        ColumnConstraints c2 = new ColumnConstraints(180, 220, 400);
        ColumnConstraints c3 = new ColumnConstraints(180, 220, 400);
        c2.setHgrow(Priority.ALWAYS);
        c3.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(c0, c1, c2, c3);
        int row = 0;
        grid.add(new Label(texts.msg("compare.col.field")), 0, row);
        grid.add(new Label(texts.msg("compare.col.status")), 1, row);
        grid.add(new Label(texts.msg("compare.col.draft")), 2, row);
        grid.add(new Label(texts.msg("compare.col.docx")), 3, row);
        row++;
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Comparison.Change c : result.changes()) {
            if (c.status() == Comparison.Status.UNCHANGED) {
                continue;
            }
            if (!c.group().isEmpty() && !groups.containsKey(c.group())) {
                CheckBox whole = new CheckBox(texts.msg(c.status() == Comparison.Status.NEW_ROW ? "compare.newRow"
                        : "compare.row", rowName(texts, template, c.group())));
                whole.setId("group:" + c.group());
                whole.setSelected(true);
                List<Item> members = new ArrayList<>();
                groups.put(c.group(), members);
                whole.setOnAction(e -> members.forEach(i -> i.take().setSelected(whole.isSelected())));
                grid.add(whole, 0, row++, 4, 1);
            }
            String label = c.label() + "（" + c.path() + "）";
            if (c.takeable()) {
                CheckBox take = new CheckBox(label);
                take.setId("take:" + c.path());
                // a conflict is left by default: the draft's own change stays unless the user takes the other
                take.setSelected(c.status() != Comparison.Status.CONFLICT);
                Item it = new Item(c, take);
                items.add(it);
                if (!c.group().isEmpty()) {
                    groups.get(c.group()).add(it);
                }
                grid.add(take, 0, row);
            } else {
                grid.add(new Label(label), 0, row);
            }
            grid.add(new Label(statusText(texts, c.status())), 1, row);
            grid.add(value(c.status() == Comparison.Status.NEW_ROW ? "" : c.current()), 2, row);
            grid.add(value(c.proposed() != null ? c.proposed() : c.message()), 3, row);
            row++;
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(head, new HBox(8, all, none), scroll);
    }

    /** {@code members[1]} → 项目负责人及主要参加人员 第 2 行（members[1]）; the path alone without a definition. */
    static String rowName(UiTexts texts, cn.shenbao.forms.template.TemplateDef template, String group) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([A-Za-z0-9_]+)(?:\\[(\\d+)]|\\+\\d+)$").matcher(group);
        if (template == null || !m.matches() || template.field(m.group(1)) == null) {
            return group;
        }
        String table = template.field(m.group(1)).label();
        String row = m.group(2) == null ? table : table + " " + texts.msg("table.rowN", Integer.parseInt(m.group(2)) + 1);
        return row + "（" + group + "）";
    }

    private static Label value(String s) {
        Label l = new Label(s == null ? "" : s);
        l.setWrapText(true);
        l.setMaxWidth(400);
        return l;
    }

    /** The changes the user takes. */
    List<Comparison.Change> taken() {
        return items.stream().filter(i -> i.take().isSelected()).map(Item::change).toList();
    }

    /** The word for a change's status (one key each, so the bundle check sees every one). */
    private static String statusText(UiTexts texts, Comparison.Status status) {
        return switch (status) {
            case UNCHANGED -> texts.msg("compare.status.UNCHANGED");
            case CHANGED -> texts.msg("compare.status.CHANGED");
            case CONFLICT -> texts.msg("compare.status.CONFLICT");
            case UNREADABLE -> texts.msg("compare.status.UNREADABLE");
            case DELETED -> texts.msg("compare.status.DELETED");
            case NEW_ROW -> texts.msg("compare.status.NEW_ROW");
        };
    }
}
