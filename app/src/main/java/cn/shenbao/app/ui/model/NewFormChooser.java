package cn.shenbao.app.ui.model;

import cn.shenbao.forms.template.TemplateDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The view-model of 文件 › 新建: every form the program knows, grouped by the notice it belongs to (the
 * notice's title, issuer and deadline, from the definition's {@code notice}), each with its title and
 * one-line {@code description}; the form chosen. No Node classes: {@code NewFormDialog} shows it.
 */
public final class NewFormChooser {
    /** One form to choose. */
    public record Entry(TemplateDef template, String title, String description) {}

    /** The forms of one notice; {@code notice} null for forms that name none. */
    public record Group(TemplateDef.Notice notice, List<Entry> entries) {}

    private final List<Group> groups;
    private final ObjectProperty<TemplateDef> selected = new SimpleObjectProperty<>();

    public NewFormChooser(List<TemplateDef> templates) {
        Map<String, List<Entry>> byNotice = new LinkedHashMap<>();
        Map<String, TemplateDef.Notice> notices = new LinkedHashMap<>();
        for (TemplateDef t : templates) {
            TemplateDef.Notice n = t.notice();
            String key = n == null ? "" : n.title() + "\u0000" + n.issuer();
            notices.putIfAbsent(key, n);
            byNotice.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Entry(t, t.title(), t.description() == null ? "" : t.description()));
        }
        List<Group> out = new ArrayList<>();
        byNotice.forEach((k, entries) -> out.add(new Group(notices.get(k), List.copyOf(entries))));
        this.groups = List.copyOf(out);
        if (!templates.isEmpty()) {
            selected.set(templates.get(0));
        }
    }

    /** The groups in the order their first form is listed. */
    public List<Group> groups() {
        return groups;
    }

    /** The form chosen (the first one to begin with); null when none is. */
    public ObjectProperty<TemplateDef> selectedProperty() {
        return selected;
    }

    public void select(TemplateDef t) {
        selected.set(t);
    }

    /** The chosen form, when the user confirms. */
    public Optional<TemplateDef> result() {
        return Optional.ofNullable(selected.get());
    }
}
