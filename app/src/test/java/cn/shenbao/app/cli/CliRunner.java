package cn.shenbao.app.cli;

import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in-process with captured output, on every built-in template plus a small test template. */
final class CliRunner {
    static final TemplateRegistry REGISTRY;

    static {
        try (InputStream in = CliRunner.class.getResourceAsStream("mini.json")) {
            TemplateDef mini = TemplateRegistry.parse(in);
            List<TemplateDef> all = new java.util.ArrayList<>(TemplateRegistry.builtIn().all());
            all.add(mini);
            REGISTRY = TemplateRegistry.of(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }
    }

    private CliRunner() {}

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(REGISTRY, out, err, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
