package cn.shenbao.app.ui.export;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.PrintOptions;

/** Lets tests outside the package see the print options the client's export passes to {@code forms}. */
public final class PrintPackageExporterAccess {
    private PrintPackageExporterAccess() {}

    public static PrintOptions printOptions(Draft draft, ExportOptions o) {
        return PrintPackageExporter.options(draft, o);
    }
}
