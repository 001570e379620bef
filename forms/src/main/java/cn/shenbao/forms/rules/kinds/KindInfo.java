package cn.shenbao.forms.rules.kinds;

import java.util.List;

/**
 * What a built-in rule kind declares about itself: its name in definitions and the message keys it
 * may use when the definition does not override them. Tests check that every key exists in both
 * message bundles.
 */
public interface KindInfo {
    /** The name a definition uses in {@code "rule"}. */
    String kind();

    /** The default message keys this kind may emit. */
    List<String> messageKeys();

    /**
     * The parameters a definition entry of this kind may give (besides {@code rule}, {@code severity},
     * {@code message}, {@code basis} and {@code id}); checked when the definition loads.
     */
    List<Param> params();
}
