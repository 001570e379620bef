package cn.shenbao.app.ui.editor;

import cn.shenbao.forms.template.FieldType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The map field type → editor factory from which every form's editors are generated. A new field
 * type needs one entry here; special editors (tables) are entries like any other.
 */
public final class EditorFactories {
    private final Map<FieldType, FieldEditorFactory> map = new EnumMap<>(FieldType.class);

    /** The editors of the standard field types. */
    public static EditorFactories standard() {
        EditorFactories f = new EditorFactories();
        f.put(FieldType.TEXT, StandardEditors::text);
        f.put(FieldType.LONG_TEXT, StandardEditors::longText);
        f.put(FieldType.DATE, StandardEditors::date);
        f.put(FieldType.DATE_RANGE, StandardEditors::dateRange);
        f.put(FieldType.MONEY, StandardEditors::money);
        f.put(FieldType.INTEGER, StandardEditors::integer);
        f.put(FieldType.PERCENT, StandardEditors::percent);
        f.put(FieldType.PHONE, StandardEditors::phone);
        f.put(FieldType.MOBILE, StandardEditors::mobile);
        f.put(FieldType.EMAIL, StandardEditors::email);
        f.put(FieldType.POSTCODE, StandardEditors::postcode);
        f.put(FieldType.USCC, StandardEditors::uscc);
        f.put(FieldType.SINGLE_CHOICE, StandardEditors::singleChoice);
        f.put(FieldType.MULTI_CHOICE, StandardEditors::multiChoice);
        f.put(FieldType.BOOLEAN, StandardEditors::bool);
        f.put(FieldType.GROUP, StandardEditors::group);
        f.put(FieldType.TABLE, TableEditor::create);
        f.put(FieldType.COMPUTED, StandardEditors::computed);
        f.put(FieldType.ATTACHMENT, StandardEditors::attachment);
        return f;
    }

    public void put(FieldType type, FieldEditorFactory factory) {
        map.put(type, factory);
    }

    /** The factory of a type; an exception naming the type when none is registered. */
    public FieldEditorFactory get(FieldType type) {
        FieldEditorFactory f = map.get(type);
        if (f == null) {
            throw new IllegalStateException("no editor for field type " + type);
        }
        return f;
    }

    public Map<FieldType, FieldEditorFactory> asMap() {
        return Collections.unmodifiableMap(map);
    }
}
