package cn.shenbao.app.ui;

import cn.shenbao.app.ui.editor.EditorContext;
import cn.shenbao.forms.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.application.Platform;
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
 */
public final class ValidationAdapter {
    private final EditorContext ctx;
    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, List<Finding>> byControl = new HashMap<>();
    private final Set<Control> registered = java.util.Collections.newSetFromMap(new WeakHashMap<>());
    private final ListChangeListener<Finding> findingsListener = c -> schedule();
    private boolean scheduled;
    private boolean disposed;

    public ValidationAdapter(EditorContext ctx) {
        this.ctx = ctx;
        support.setValidationDecorator(new CompoundValidationDecoration(
                new GraphicValidationDecoration(), new StyleClassValidationDecoration("finding-error", "finding-warning")));
        ctx.controls().addListener((MapChangeListener<String, Control>) c -> {
            if (c.wasAdded()) {
                register(c.getValueAdded());
            }
            schedule();
        });
        ctx.vm().findings().addListener(findingsListener);
        new ArrayList<>(ctx.controls().values()).forEach(this::register);
        schedule();
    }

    private void register(Control c) {
        if (registered.add(c)) {
            support.registerValidator(c, false, (Control ctl, Object value) -> result(ctl));
        }
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::refresh);
        }
    }

    /** Stops following the findings (the editors of this context are being replaced). */
    public void dispose() {
        disposed = true;
        ctx.vm().findings().removeListener(findingsListener);
    }

    /**
     * Maps the current findings to controls and redecorates every registered control. A warning the
     * user acknowledged no longer marks its field.
     */
    public void refresh() {
        scheduled = false;
        if (disposed) {
            return;
        }
        byControl.clear();
        for (Finding f : ctx.vm().findings()) {
            if (ctx.vm().isAcknowledged(f)) {
                continue;
            }
            Control c = ctx.controlFor(f.path());
            if (c != null) {
                byControl.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
            }
        }
        for (Control c : new ArrayList<>(ctx.controls().values())) {
            support.revalidate(c);
        }
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
