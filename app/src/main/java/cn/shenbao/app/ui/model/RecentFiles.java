package cn.shenbao.app.ui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved drafts, newest first, kept in a small text file. */
public final class RecentFiles {
    private static final int MAX = 8;
    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(store)) {
                for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        out.add(Path.of(line.strip()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }

    /** Puts a file at the top of the list. Failures to write the list are not worth bothering the user. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = list();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > MAX) {
            list.remove(list.size() - 1);
        }
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            List<String> lines = new ArrayList<>();
            list.forEach(p -> lines.add(p.toString()));
            Files.write(store, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("shenbao: cannot write the list of recent files " + store + ": " + e.getMessage());
        }
    }
}
