package cn.shenbao.forms.print.layout;

import cn.shenbao.forms.print.model.PrintDocument;
import java.util.List;
import java.util.Map;

/**
 * The result of compiling a draft with its layout.
 *
 * @param document the page model
 * @param printed  every entered value placed on paper: draft path → the texts as printed (dates as 年月日,
 *                 chosen options as ☑option); the export self-check looks for each of them
 */
public record CompiledForm(PrintDocument document, Map<String, List<String>> printed) {
    public CompiledForm {
        printed = Map.copyOf(printed);
    }
}
