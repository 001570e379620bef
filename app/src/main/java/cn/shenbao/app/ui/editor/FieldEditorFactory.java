package cn.shenbao.app.ui.editor;

import cn.shenbao.forms.template.FieldDef;
import javafx.scene.Node;

/** Makes the editor of one field type (without its label): bound to the view-model at {@code path}. */
@FunctionalInterface
public interface FieldEditorFactory {
    Node create(FieldDef field, String path, EditorContext ctx);
}
