package cn.shenbao.app.ui;

import cn.shenbao.forms.template.TemplateDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages the window puts to the user. The real one shows dialogs; tests supply
 * their own answers.
 */
public interface Prompter {
    /** The answer to "save the changes?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved unsavedChanges(String documentName);

    /** Whether to restore the work found in the recovery folder. */
    boolean recover(String description);

    void error(String title, String message);

    Optional<TemplateDef> chooseTemplate(List<TemplateDef> templates);

    Optional<Path> chooseOpen(Path folder);

    Optional<Path> chooseSave(Path folder, String suggestedName);

    /** PDF and image files to add to a paper package; empty when cancelled. */
    default List<Path> chooseFiles(Path folder, String title) {
        return List.of();
    }

    /**
     * A file of another kind than a draft to open (a package spec: {@code description}, {@code *.json}); empty when
     * cancelled.
     */
    default Optional<Path> chooseOpenFile(Path folder, String title, String description, String extension) {
        return Optional.empty();
    }

    /**
     * Where to save a file of another kind than a draft (the package's PDF, its spec), ending in {@code extension}
     * ({@code .pdf}, {@code .json}); empty when cancelled. Without its own dialog, the answer of {@link #chooseSave}.
     */
    default Optional<Path> chooseSaveFile(Path folder, String suggestedName, String title, String description,
                                          String extension) {
        return chooseSave(folder, suggestedName);
    }

    /** A folder (a workspace of drafts, where to export); empty when cancelled. */
    default Optional<Path> chooseFolder(Path folder, String title) {
        return Optional.empty();
    }

    /** Whether to replace files that already exist (an export to names already used); false writes nothing. */
    boolean confirmReplace(List<Path> existing);

    /**
     * Whether to bring the draft's team up to date with the roster ({@code summary}: who changed and how); the
     * default keeps the draft as it is.
     */
    default boolean updateFromRoster(String summary) {
        return false;
    }

    /**
     * 工具 › 从绩效目标表汇总…: the T5 drafts or one folder to gather from (empty: cancelled). Without dialogs (a
     * prompter of tests that does not answer) nothing is chosen.
     */
    default java.util.List<Path> chooseGatherSources(Path folder) {
        return java.util.List.of();
    }

    /** Shows the comparison of a gathering; true when the user confirms it (then it is applied). */
    default boolean reviewGather(cn.shenbao.app.ui.model.GatherReview review) {
        return false;
    }

    /** The user switched the language of the interface: later questions use these texts. */
    default void languageChanged(UiTexts texts) {
    }

    /**
     * Shows the comparison of a returned DOCX with the draft (issue 14) and lets the user take or leave each
     * change; empty when the user cancels (nothing is then changed).
     */
    Optional<List<cn.shenbao.forms.handoff.Comparison.Change>> compareDocx(String fileName,
                                                                           cn.shenbao.forms.handoff.Comparison.Result result);

    /** {@link #compareDocx(String, cn.shenbao.forms.handoff.Comparison.Result)} with the form's definition for names. */
    default Optional<List<cn.shenbao.forms.handoff.Comparison.Change>> compareDocx(String fileName,
            cn.shenbao.forms.handoff.Comparison.Result result, TemplateDef template) {
        return compareDocx(fileName, result);
    }
}
