package cn.shenbao.app.ui.editor;

import cn.shenbao.forms.draft.ValueException;
import cn.shenbao.forms.draft.Values;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.util.StringConverter;

/**
 * Shows dates as 2024年5月20日 and reads that form as well as 2024-05-20, 2024/5/20 or 2024.5.20. Text
 * that is not a date keeps the previous value rather than clearing the field.
 */
public final class ChineseDateConverter extends StringConverter<LocalDate> {
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private final Supplier<LocalDate> current;

    public ChineseDateConverter(Supplier<LocalDate> current) {
        this.current = current;
    }

    @Override
    public String toString(LocalDate d) {
        return d == null ? "" : FORMAT.format(d);
    }

    @Override
    public LocalDate fromString(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Values.parseDate(s);
        } catch (ValueException e) {
            return current.get();
        }
    }
}
