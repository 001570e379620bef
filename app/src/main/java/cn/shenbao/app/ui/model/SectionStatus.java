package cn.shenbao.app.ui.model;

/** How a part of the form stands: nothing to fix, only warnings, or at least one error. */
public enum SectionStatus {
    COMPLETE,
    WARNINGS,
    ERRORS
}
