package cn.shenbao.app.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Undo and redo of edits across all fields of a draft, value changes and structural table edits
 * alike. Consecutive value changes of one field within a short time are merged into one step, so
 * typing a word is undone as a whole.
 */
public final class UndoStack {
    /** One reversible change. */
    public interface Edit {
        void undo();

        void redo();

        /** Merges {@code next} into this edit when both belong to one step; false otherwise. */
        default boolean absorb(Edit next) {
            return false;
        }
    }

    private static final int LIMIT = 500;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(0);
    private boolean sealed;
    /** The edit on top of the undo stack when the draft was last saved or opened ({@link #EMPTY}: none). */
    private Object savePoint = EMPTY;
    private static final Object EMPTY = new Object();
    private static final Object LOST = new Object();

    /** Records an edit that has already been applied. */
    public void push(Edit e) {
        redo.clear();
        Edit top = undo.peek();
        if (!sealed && top != null && top.absorb(e)) {
            update();
            return;
        }
        undo.push(e);
        sealed = false;
        while (undo.size() > LIMIT) {
            Edit dropped = undo.removeLast();
            if (dropped == savePoint || savePoint == EMPTY) {
                // the saved state lies below what can still be undone
                savePoint = LOST;
            }
        }
        update();
    }

    /** Ends the current step: the next edit is never merged into the previous one. */
    public void seal() {
        sealed = true;
    }

    public boolean undo() {
        Edit e = undo.poll();
        if (e == null) {
            return false;
        }
        e.undo();
        redo.push(e);
        sealed = true;
        update();
        return true;
    }

    public boolean redo() {
        Edit e = redo.poll();
        if (e == null) {
            return false;
        }
        e.redo();
        undo.push(e);
        sealed = true;
        update();
        return true;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        savePoint = LOST;
        update();
    }

    /**
     * Remembers the present position as the saved state (after a save): undoing or redoing back to
     * exactly here makes the draft clean again. Also ends the current step.
     */
    public void markSavePoint() {
        Edit top = undo.peek();
        savePoint = top == null ? EMPTY : top;
        sealed = true;
    }

    /** The saved state can no longer be reached by undo or redo (for example after a recovery). */
    public void forgetSavePoint() {
        savePoint = LOST;
    }

    /** Whether the edits undone and redone so far lead back exactly to the last saved state. */
    public boolean atSavePoint() {
        Edit top = undo.peek();
        return top == null ? savePoint == EMPTY : top == savePoint;
    }

    /** Counts every edit, undo and redo: the autosave waits for a pause in it. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    private void update() {
        changes.set(changes.get() + 1);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
