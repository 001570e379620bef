package cn.shenbao.app.ui;

import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A prompter with answers set by the test, recording what it was asked. */
final class ScriptedPrompter implements Prompter {
    Unsaved unsavedAnswer = Unsaved.CANCEL;
    boolean recoverAnswer = true;
    boolean replaceAnswer = false;
    Path saveAnswer;
    final List<String> errors = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public Unsaved unsavedChanges(String documentName) {
        asked.add("unsaved:" + documentName);
        return unsavedAnswer;
    }

    @Override
    public boolean recover(String description) {
        asked.add("recover:" + description);
        return recoverAnswer;
    }

    @Override
    public boolean confirmReplace(List<Path> existing) {
        asked.add("replace:" + String.join(",", existing.stream().map(p -> p.getFileName().toString()).toList()));
        return replaceAnswer;
    }

    boolean rosterUpdateAnswer = true;

    @Override
    public boolean updateFromRoster(String summary) {
        asked.add("roster:" + summary);
        return rosterUpdateAnswer;
    }

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<TemplateDef> chooseTemplate(List<TemplateDef> templates) {
        return Optional.of(templates.get(0));
    }

    @Override
    public Optional<Path> chooseOpen(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSave(Path folder, String suggestedName) {
        return Optional.ofNullable(saveAnswer);
    }
}
