package cn.shenbao.app.ui;

import cn.shenbao.app.ui.editor.EditorContext;
import cn.shenbao.forms.rules.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Control;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The one adapter from the rule engine's findings to ControlsFX decorations. It writes no rule: it
 * only maps each finding's path to the control that edits it (through the editors' registry) and
 * lets {@link ValidationSupport} decorate that control with the finding's message.
 *
 * <p>It follows the changes of the findings list: a keystroke that changes one finding redecorates
 * only the controls whose findings changed (a control newly registered is decorated once), so the
 * cost does not grow with the size of the form.
 */
public final class ValidationAdapter {
    private final EditorContext ctx;
    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, List<Finding>> byControl = new HashMap<>();
    private final Map<String, Control> controlOfPath = new HashMap<>();
    private final Set<Control> registered = Collections.newSetFromMap(new WeakHashMap<>());
    /** Controls to redecorate at the next refresh. */
    private final Set<Control> stale = new LinkedHashSet<>();
    private final ListChangeListener<Finding> findingsListener = this::findingsChanged;
    private final ChangeListener<Number> acknowledgementListener = (o, a, b) -> scheduleFull();
    private final MapChangeListener<String, Control> controlsListener = c -> {
        if (c.wasAdded()) {
            register(c.getValueAdded());
        }
        scheduleFull();
    };
    private boolean scheduled;
    private boolean full;
    private boolean disposed;
    private int revalidations;

    public ValidationAdapter(EditorContext ctx) {
        this.ctx = ctx;
        support.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration("finding-error", "finding-warning")));
        ctx.controls().addListener(controlsListener);
        ctx.vm().findings().addListener(findingsListener);
        ctx.vm().acknowledgementsProperty().addListener(acknowledgementListener);
        new ArrayList<>(ctx.controls().values()).forEach(this::register);
        scheduleFull();
    }

    private void register(Control c) {
        if (registered.add(c)) {
            support.registerValidator(c, false, (Control ctl, Object value) -> result(ctl));
            stale.add(c);
        }
    }

    private void findingsChanged(ListChangeListener.Change<? extends Finding> c) {
        while (c.next()) {
            for (Finding f : c.getRemoved()) {
                Control ctl = controlOf(f.path());
                if (ctl != null) {
                    List<Finding> list = byControl.get(ctl);
                    if (list != null) {
                        list.remove(f);
                    }
                    stale.add(ctl);
                }
            }
            for (Finding f : c.getAddedSubList()) {
                Control ctl = controlOf(f.path());
                if (ctl != null && !ctx.vm().isAcknowledged(f)) {
                    byControl.computeIfAbsent(ctl, k -> new ArrayList<>()).add(f);
                    stale.add(ctl);
                }
            }
        }
        schedule();
    }

    private Control controlOf(String path) {
        return controlOfPath.computeIfAbsent(path, ctx::controlFor);
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::refreshChanged);
        }
    }

    private void scheduleFull() {
        full = true;
        schedule();
    }

    /** Stops following the findings (the editors of this context are being replaced). */
    public void dispose() {
        disposed = true;
        ctx.vm().findings().removeListener(findingsListener);
        ctx.vm().acknowledgementsProperty().removeListener(acknowledgementListener);
        ctx.controls().removeListener(controlsListener);
    }

    /**
     * Maps the current findings to controls again and redecorates every control whose findings
     * changed. A warning the user acknowledged no longer marks its field.
     */
    public void refresh() {
        full = true;
        refreshChanged();
    }

    private void refreshChanged() {
        scheduled = false;
        if (disposed) {
            return;
        }
        if (full) {
            full = false;
            controlOfPath.clear();
            Map<Control, List<Finding>> now = new HashMap<>();
            for (Finding f : ctx.vm().findings()) {
                if (ctx.vm().isAcknowledged(f)) {
                    continue;
                }
                Control c = controlOf(f.path());
                if (c != null) {
                    now.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
                }
            }
            Set<Control> changed = new LinkedHashSet<>();
            byControl.forEach((c, l) -> {
                if (!l.equals(now.getOrDefault(c, List.of()))) {
                    changed.add(c);
                }
            });
            now.forEach((c, l) -> {
                if (!l.equals(byControl.getOrDefault(c, List.of()))) {
                    changed.add(c);
                }
            });
            byControl.clear();
            byControl.putAll(now);
            stale.addAll(changed);
        }
        List<Control> todo = new ArrayList<>(stale);
        stale.clear();
        for (Control c : todo) {
            if (registered.contains(c)) {
                support.revalidate(c);
                revalidations++;
            }
        }
    }

    /** How many times a control was redecorated so far (tests: a keystroke must not redecorate the form). */
    int revalidations() {
        return revalidations;
    }

    private ValidationResult result(Control c) {
        List<Finding> list = byControl.get(c);
        if (list == null || list.isEmpty()) {
            return new ValidationResult();
        }
        List<ValidationMessage> msgs = new ArrayList<>();
        for (Finding f : list) {
            String text = f.message(ctx.texts().locale());
            msgs.add(f.isError() ? ValidationMessage.error(c, text) : ValidationMessage.warning(c, text));
        }
        return ValidationResult.fromMessages(msgs);
    }

    /** The most serious message shown at a control, if any. */
    public java.util.Optional<ValidationMessage> messageAt(Control c) {
        return support.getHighestMessage(c);
    }

    /** Whether the control shows an error (not just a warning). */
    public boolean showsError(Control c) {
        return messageAt(c).map(m -> m.getSeverity() == Severity.ERROR).orElse(false);
    }
}
