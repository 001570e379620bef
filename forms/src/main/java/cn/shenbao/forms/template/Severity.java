package cn.shenbao.forms.template;

/** How serious a finding is: an error blocks the final document, a warning can be acknowledged. */
public enum Severity {
    ERROR,
    WARNING
}
