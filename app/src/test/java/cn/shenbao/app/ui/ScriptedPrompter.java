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
    /** The answer to a DOCX comparison: the changes taken, or null to cancel (default: take every takeable one). */
    java.util.function.Function<cn.shenbao.forms.handoff.Comparison.Result,
            List<cn.shenbao.forms.handoff.Comparison.Change>> compareAnswer =
            cn.shenbao.forms.handoff.Comparison.Result::takeable;
    cn.shenbao.forms.handoff.Comparison.Result compared;

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

    /** What 工具 › 从绩效目标表汇总… is given as sources. */
    List<Path> gatherSources = List.of();
    /** Answers the comparison of a gathering (may change the choices first); null: cancel. */
    java.util.function.Predicate<cn.shenbao.app.ui.model.GatherReview> gatherAnswer;
    /** The last comparison shown. */
    cn.shenbao.app.ui.model.GatherReview lastReview;

    @Override
    public List<Path> chooseGatherSources(Path folder) {
        asked.add("gatherSources");
        return gatherSources;
    }

    @Override
    public boolean reviewGather(cn.shenbao.app.ui.model.GatherReview review) {
        lastReview = review;
        return gatherAnswer != null && gatherAnswer.test(review);
    }

    /** The answer to a file of another kind to open (a package list). */
    Path openFileAnswer;

    @Override
    public Optional<Path> chooseOpenFile(Path folder, String title, String description, String extension) {
        asked.add("openFile:" + extension);
        return Optional.ofNullable(openFileAnswer);
    }

    @Override
    public Optional<Path> chooseSaveFile(Path folder, String suggestedName, String title, String description,
                                         String extension) {
        asked.add("saveFile:" + suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<Path> chooseSave(Path folder, String suggestedName) {
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public Optional<List<cn.shenbao.forms.handoff.Comparison.Change>> compareDocx(String fileName,
            cn.shenbao.forms.handoff.Comparison.Result result) {
        asked.add("compare:" + fileName);
        compared = result;
        return Optional.ofNullable(compareAnswer.apply(result));
    }
}
