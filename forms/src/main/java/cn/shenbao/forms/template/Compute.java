package cn.shenbao.forms.template;

import java.util.List;

/**
 * How a {@link FieldType#COMPUTED} field is computed. {@code op} is {@code sum}; {@code of} lists the
 * paths summed, where {@code table[].column} stands for every row's cell of that column.
 */
public record Compute(String op, List<String> of) {
    public Compute {
        of = of == null ? List.of() : List.copyOf(of);
    }
}
