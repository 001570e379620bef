package cn.shenbao.app.ui.model;

/**
 * How a part of the form stands: nothing to fix, required fields not filled in yet and not touched
 * (neutral, "待填写"), warnings, or at least one error.
 */
public enum SectionStatus {
    COMPLETE,
    PENDING,
    WARNINGS,
    ERRORS
}
