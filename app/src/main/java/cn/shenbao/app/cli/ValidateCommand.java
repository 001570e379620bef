package cn.shenbao.app.cli;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.draft.DraftFileException;
import cn.shenbao.forms.rules.CrossDraftCheck;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.Severity;
import cn.shenbao.forms.template.TemplateDef;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate <file.shenbao>...}: checks drafts against their template's rules, and several drafts
 * together against the rules across applications. One line per finding,
 * {@code file<TAB>ERROR|WARNING<TAB>path<TAB>message}, errors first; {@code --json} prints an array of
 * {@code {file, severity, path, rule, message}}. Warnings the user acknowledged in the draft are not
 * listed. Exit 0 without errors, 1 with errors, 2 when a file cannot be read as a draft, 3 when the checks of
 * a file failed; every file gets its result whatever happens to the others, and the worst code is returned.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand extends CliCommand {
    /** For {@code --json} only: made when first used (an ObjectMapper costs ≈ 0.2 s of a cold start, issue 15). */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Parameters(arity = "1..*", paramLabel = "<file.shenbao>", descriptionKey = "validateFiles")
    List<Path> files;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    /** One line of the report. */
    record Line(String file, Severity severity, String path, String rule, String message) {}

    @Override
    protected int execute() {
        List<Line> lines = new ArrayList<>();
        List<CrossDraftCheck.NamedDraft> readable = new ArrayList<>();
        Map<String, Draft> byName = new LinkedHashMap<>();
        Set<TemplateDef> templates = new LinkedHashSet<>();
        boolean unreadable = false;
        boolean failed = false;
        Set<Path> seen = new LinkedHashSet<>();
        for (Path file : files) {
            if (!seen.add(sameFile(file))) {
                continue; // named twice (a.shenbao ./a.shenbao): checked once, never against itself
            }
            String name = file.toString();
            Draft d;
            try {
                d = draftFiles().load(file);
            } catch (DraftFileException e) {
                unreadable = true;
                lines.add(new Line(name, Severity.ERROR, "", "file." + e.problem().name(), e.message(locale())));
                continue;
            }
            TemplateDef t = registry().get(d.templateId());
            List<Line> own = new ArrayList<>();
            try {
                for (Finding f : RuleEngine.check(t, d)) {
                    add(own, name, d, f);
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // one file the checks cannot handle never stops the others: it gets its own line and exit 3
                failed = true;
                lines.add(new Line(name, Severity.ERROR, "", "internal", msg("validate.failed", file, Cli.oneLine(e))));
                continue;
            }
            lines.addAll(own);
            templates.add(t);
            readable.add(new CrossDraftCheck.NamedDraft(name, d));
            byName.putIfAbsent(name, d);
        }
        if (files.size() > 1 && !readable.isEmpty()) {
            try {
                List<Line> cross = new ArrayList<>();
                for (CrossDraftCheck.DraftFinding df : CrossDraftCheck.check(List.copyOf(templates), readable)) {
                    add(cross, df.draftName(), byName.get(df.draftName()), df.finding());
                }
                lines.addAll(cross);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failed = true;
                lines.add(new Line("", Severity.ERROR, "", "internal", msg("validate.crossFailed", Cli.oneLine(e))));
            }
        }
        List<Line> ordered = new ArrayList<>();
        for (Line l : lines) {
            if (l.severity() == Severity.ERROR) {
                ordered.add(l);
            }
        }
        for (Line l : lines) {
            if (l.severity() != Severity.ERROR) {
                ordered.add(l);
            }
        }
        print(ordered);
        // the worst outcome decides: a check that failed (3), a file that cannot be read (2), errors (1)
        if (failed) {
            return Cli.EXIT_INTERNAL;
        }
        if (unreadable) {
            return Cli.EXIT_USAGE;
        }
        return ordered.stream().anyMatch(l -> l.severity() == Severity.ERROR) ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
    }

    /** The file a path names, so that two spellings of one file count once. */
    private static Path sameFile(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private void add(List<Line> lines, String file, Draft d, Finding f) {
        if (f.severity() == Severity.WARNING && d != null && d.acknowledged().contains(f.id())) {
            return;
        }
        lines.add(new Line(file, f.severity(), f.path(), f.rule(), f.message(locale())));
    }

    private void print(List<Line> lines) {
        if (json) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (Line l : lines) {
                ObjectNode o = arr.addObject();
                o.put("file", l.file());
                o.put("severity", l.severity().name());
                o.put("path", l.path());
                o.put("rule", l.rule());
                o.put("message", l.message());
            }
            try {
                out().println(Json.MAPPER.writeValueAsString(arr));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        for (Line l : lines) {
            out().println(cell(l.file()) + "\t" + l.severity().name() + "\t" + cell(l.path()) + "\t" + cell(l.message()));
        }
    }
}
