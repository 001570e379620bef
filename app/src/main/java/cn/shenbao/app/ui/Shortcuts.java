package cn.shenbao.app.ui;

import java.util.List;

/**
 * The keyboard commands of the client, as 帮助 › 快捷键 lists them (the user guide, docs/user-guide.md,
 * lists the same keys; a test keeps the two equal).
 */
public final class Shortcuts {
    /** Keys as printed, and the bundle key of what they do. */
    public record Shortcut(String keys, String action) {}

    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+N", "keys.new"),
            new Shortcut("Ctrl+O", "keys.open"),
            new Shortcut("Ctrl+S", "keys.save"),
            new Shortcut("Ctrl+Shift+S", "keys.saveAs"),
            new Shortcut("Ctrl+E", "keys.export"),
            new Shortcut("Ctrl+P", "keys.print"),
            new Shortcut("Ctrl+Z", "keys.undo"),
            new Shortcut("Ctrl+Y", "keys.redo"),
            new Shortcut("Ctrl+X", "keys.cut"),
            new Shortcut("Ctrl+C", "keys.copy"),
            new Shortcut("Ctrl+V", "keys.paste"),
            new Shortcut("Ctrl+A", "keys.selectAll"),
            new Shortcut("Ctrl+F", "keys.find"),
            new Shortcut("F7", "keys.checkAll"),
            new Shortcut("F8", "keys.nextFinding"),
            new Shortcut("Ctrl+K", "keys.acknowledge"),
            new Shortcut("Tab", "keys.tab"),
            new Shortcut("Shift+Tab", "keys.shiftTab"),
            new Shortcut("Ctrl+Tab", "keys.ctrlTab"),
            new Shortcut("Ctrl+=", "keys.zoomIn"),
            new Shortcut("Ctrl+-", "keys.zoomOut"),
            new Shortcut("Ctrl+0", "keys.zoomReset"),
            new Shortcut("F1", "keys.guide"));

    private Shortcuts() {}
}
