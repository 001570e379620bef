package cn.shenbao.forms.testing;

import cn.shenbao.forms.text.CharCount;

/**
 * Random text as people type it into a form: common CJK characters, rare ones (CJK Extension B
 * characters of the 通用规范汉字表, outside the BMP), Latin words, digits, full-width punctuation.
 * No control characters and no white space at either end: every character is printable.
 */
public final class TextGen {
    /** Common characters (names, places, project words). */
    static final String COMMON = "的一是在不了有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
            + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它"
            + "合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没"
            + "结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少"
            + "图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口"
            + "东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示"
            + "议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容"
            + "儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候"
            + "镕堃喆珺赟";
    /** CJK Extension B characters of the 通用规范汉字表 (U+2xxxx, surrogate pairs in Java). */
    static final String EXT_B = "𠅤𠙶𠳐𡎚𡐓𣗋𣲗𣲘𣸣𤧛𤩽𤫉𥔲𥕢𥖨𥻗𦈡𦒍𦙶𦝼𦭜𦰡𧿹𨐈𨙸𨚕𨟠𨭉𨱇𨱏𨱑𨱔𨺙𩽾𩾃𩾌";
    static final String FULL_WIDTH_PUNCT = "，。、；：？！“”‘’（）《》【】—…·％＋－０１２３４５６７８９ＡＢＣ";
    static final String[] LATIN = {"AI", "IoT", "5G", "Shenbao", "CAST", "R&D", "PhD", "GB/T", "ISO-9001", "e-mail",
        "Lab", "ABC", "x", "Zhang", "Li"};
    static final String DIGITS = "0123456789";

    private static final int[] EXT_B_CPS = EXT_B.codePoints().toArray();
    private static final int[] PUNCT_CPS = FULL_WIDTH_PUNCT.codePoints().toArray();

    private TextGen() {
    }

    /**
     * One line of text of 1..max 字数 (max when {@code atLimit}), starting and ending with a character
     * that is not white space and not punctuation that some rule splits on.
     */
    public static String line(Rnd r, int max, boolean atLimit) {
        int n = atLimit ? max : r.between(1, Math.max(1, max));
        StringBuilder sb = new StringBuilder();
        while (CharCount.count(sb) < n) {
            int left = n - CharCount.count(sb);
            switch (r.below(10)) {
                case 0, 1, 2, 3, 4 -> sb.append(COMMON.charAt(r.below(COMMON.length())));
                case 5 -> sb.appendCodePoint(EXT_B_CPS[r.below(EXT_B_CPS.length)]);
                case 6 -> {
                    String w = LATIN[r.below(LATIN.length)];
                    if (w.length() <= left) {
                        sb.append(w);
                    }
                }
                case 7 -> sb.append(DIGITS.charAt(r.below(10)));
                case 8 -> {
                    if (sb.length() > 0 && left > 1) {
                        sb.appendCodePoint(PUNCT_CPS[r.below(PUNCT_CPS.length)]);
                    }
                }
                default -> {
                    if (sb.length() > 0 && left > 1 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
                        sb.append(' ');
                    }
                }
            }
        }
        // never end in white space (one-line text is stored trimmed)
        while (Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.setCharAt(sb.length() - 1, '科');
        }
        return sb.toString();
    }

    /** CJK characters only (common and Extension B), 1..max 字数; for texts that rules split into items. */
    public static String word(Rnd r, int max) {
        int n = r.between(1, max);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (r.oneIn(6)) {
                sb.appendCodePoint(EXT_B_CPS[r.below(EXT_B_CPS.length)]);
            } else {
                char c = COMMON.charAt(r.below(COMMON.length()));
                sb.append(c == '和' || c == '及' || c == '与' ? '科' : c);
            }
        }
        return sb.toString();
    }

    /** Several lines (paragraphs) of 1..max 字数 in all, exactly max when {@code atLimit}. */
    public static String paragraphs(Rnd r, int max, boolean atLimit) {
        int total = atLimit ? max : r.between(1, max);
        StringBuilder sb = new StringBuilder();
        int left = total;
        while (left > 0) {
            int len = left <= 3 ? left : r.between(1, left);
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line(r, len, true));
            left -= len;
        }
        return sb.toString();
    }
}
