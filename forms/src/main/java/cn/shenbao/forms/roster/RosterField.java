package cn.shenbao.forms.roster;

import java.util.List;
import java.util.Locale;

/**
 * The fields of an expert in the roster, each with the header texts of Chinese spreadsheets that name it
 * (compared after removing spaces, punctuation and a trailing “（必填）”-style note).
 */
public enum RosterField {
    NAME("name", "姓名", "名字", "专家姓名", "成员姓名"),
    UNIT("unit", "工作单位", "单位", "所在单位", "单位名称"),
    TITLE("title", "职务/职称", "职务", "职称", "职务职称", "职称职务", "职务或职称"),
    MOBILE("mobile", "手机", "手机号码", "手机号", "联系电话", "电话", "联系方式", "移动电话"),
    EMAIL("email", "邮箱", "电子邮箱", "电子邮件", "email", "e-mail"),
    BIRTH_DATE("birthDate", "出生日期", "出生年月", "出生年月日", "生日"),
    TUOJU("tuoju", "托举", "托举工程", "青年人才托举工程", "中国科协青年人才托举工程入选者", "是否托举工程入选者"),
    DUNDIAN("dundian", "蹲点", "开展蹲点服务", "是否蹲点", "蹲点服务"),
    NOTES("notes", "备注", "说明");

    private final String key;
    private final List<String> headers;

    RosterField(String key, String... headers) {
        this.key = key;
        this.headers = List.of(headers);
    }

    /** The name used in files, on the command line ({@code --map 电话=mobile}) and in message keys. */
    public String key() {
        return key;
    }

    /** The header texts that name this field, the first one as the program shows it. */
    public List<String> headers() {
        return headers;
    }

    /** The field named by a key ({@code mobile}) or by one of its headers ({@code 手机号码}), or null. */
    public static RosterField of(String name) {
        if (name == null) {
            return null;
        }
        String n = normalise(name);
        for (RosterField f : values()) {
            if (f.key.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        for (RosterField f : values()) {
            for (String h : f.headers) {
                if (normalise(h).equals(n)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A header as compared: no spaces, no punctuation or quotes, no note in brackets at the end, lower case. */
    static String normalise(String header) {
        String s = header.strip().replaceAll("[（(][^）)]*[）)]$", "");
        return s.replaceAll("[\\s\\p{Punct}“”‘’、，。：；！？《》·\\u3000]", "").toLowerCase(Locale.ROOT);
    }
}
