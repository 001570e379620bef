package cn.shenbao.forms.print.model;

/** Which typeface a run uses: body = 宋体 (serif), heading = 黑体 (sans). */
public enum FontRole {
    BODY,
    HEADING
}
