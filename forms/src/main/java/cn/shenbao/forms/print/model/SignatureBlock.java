package cn.shenbao.forms.print.model;

import java.util.Objects;

/**
 * A signature and seal block, kept whole on one page: a signing line, a seal area of at least
 * {@link #MIN_SEAL_MM} × {@link #MIN_SEAL_MM} mm and a date line.
 *
 * @param name      name of the block, used for the PDF signature fields ({@code name + "_sign"} and
 *                  {@code name + "_seal"}); letters, digits and underscores only
 * @param label     e.g. 项目负责人（签名）：
 * @param sealLabel e.g. （单位公章）, printed in the seal area; empty for no seal
 * @param date      the date line, e.g. {@code 年  月  日} when empty or {@code 2024年5月20日}
 * @param sealMm    side of the square seal area in millimetres (≥ 40)
 * @param sizePt    font size
 */
public record SignatureBlock(String name, String label, String sealLabel, String date, float sealMm, float sizePt)
        implements Block {
    public static final float MIN_SEAL_MM = 40f;

    public SignatureBlock {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("signature block name must be an identifier: " + name);
        }
        Objects.requireNonNull(label, "label");
        sealLabel = sealLabel == null ? "" : sealLabel;
        date = date == null ? "" : date;
        if (sealMm < MIN_SEAL_MM) {
            sealMm = MIN_SEAL_MM;
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> v) {
        return v.signature(this);
    }

    public String signFieldName() {
        return name + "_sign";
    }

    public String sealFieldName() {
        return name + "_seal";
    }
}
