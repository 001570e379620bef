package cn.shenbao.forms.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strings that match a regular expression of the subset form definitions use ({@code pattern} rules):
 * literals, {@code . \d \w \s \S}, classes {@code [a-z]} and {@code [^…]}, groups, alternation and the
 * quantifiers {@code ? * + {n} {n,m}}. Unbounded repetition is drawn short; "any character" is a
 * random text character ({@link TextGen}).
 */
public final class RegexGen {
    private final String re;
    private int pos;

    private RegexGen(String re) {
        this.re = re;
    }

    /** A string matching {@code regex} (checked; an exception when the subset is not enough for it). */
    public static String matching(String regex, Rnd r) {
        Node n = new RegexGen(regex).alternation();
        Pattern p = Pattern.compile(regex);
        for (int attempt = 0; attempt < 50; attempt++) {
            StringBuilder sb = new StringBuilder();
            n.gen(r, sb);
            if (p.matcher(sb).matches()) {
                return sb.toString();
            }
        }
        throw new IllegalArgumentException("RegexGen cannot make a string matching " + regex);
    }

    private interface Node {
        void gen(Rnd r, StringBuilder sb);
    }

    private Node alternation() {
        List<Node> alts = new ArrayList<>();
        alts.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(sequence());
        }
        return alts.size() == 1 ? alts.get(0) : (r, sb) -> r.pick(alts).gen(r, sb);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Node atom = atom();
            items.add(quantified(atom));
        }
        return (r, sb) -> items.forEach(i -> i.gen(r, sb));
    }

    private Node quantified(Node atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        int min;
        int max;
        if (c == '?') {
            min = 0;
            max = 1;
        } else if (c == '*') {
            min = 0;
            max = 6;
        } else if (c == '+') {
            min = 1;
            max = 6;
        } else if (c == '{' && re.indexOf('}', pos) > 0 && re.substring(pos + 1, re.indexOf('}', pos)).matches("\\d+(,\\d*)?")) {
            String[] parts = re.substring(pos + 1, re.indexOf('}', pos)).split(",", -1);
            min = Integer.parseInt(parts[0]);
            max = parts.length == 1 ? min : parts[1].isEmpty() ? min + 6 : Integer.parseInt(parts[1]);
            pos = re.indexOf('}', pos);
        } else {
            return atom;
        }
        pos++;
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy or possessive: the same strings
        }
        int lo = min;
        int hi = max;
        return (r, sb) -> {
            int n = r.between(lo, hi);
            for (int i = 0; i < n; i++) {
                atom.gen(r, sb);
            }
        };
    }

    private Node atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '^', '$' -> {
                return (r, sb) -> { };
            }
            case '(' -> {
                if (re.startsWith("?:", pos)) {
                    pos += 2;
                }
                Node inner = alternation();
                pos++; // ')'
                return inner;
            }
            case '.' -> {
                return (r, sb) -> sb.append(TextGen.word(r, 1));
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                return escape(re.charAt(pos++));
            }
            default -> {
                return (r, sb) -> sb.append(c);
            }
        }
    }

    private Node escape(char e) {
        return switch (e) {
            case 'd' -> (r, sb) -> sb.append((char) ('0' + r.below(10)));
            case 'w' -> (r, sb) -> sb.append("abcxyzABC012_".charAt(r.below(13)));
            case 's' -> (r, sb) -> sb.append(' ');
            case 'S', 'D', 'W' -> (r, sb) -> sb.append(TextGen.word(r, 1));
            default -> (r, sb) -> sb.append(e);
        };
    }

    private Node charClass() {
        boolean negated = pos < re.length() && re.charAt(pos) == '^';
        if (negated) {
            pos++;
        }
        int start = pos - (negated ? 2 : 1);
        List<int[]> ranges = new ArrayList<>();
        boolean first = true;
        while (pos < re.length() && (re.charAt(pos) != ']' || first)) {
            first = false;
            char a = re.charAt(pos++);
            if (a == '\\') {
                char e = re.charAt(pos++);
                if (e == 'd') {
                    ranges.add(new int[] {'0', '9'});
                    continue;
                }
                a = e;
            }
            if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                char b = re.charAt(pos + 1);
                pos += 2;
                ranges.add(new int[] {a, b});
            } else {
                ranges.add(new int[] {a, a});
            }
        }
        pos++; // ']'
        if (negated) {
            Pattern cls = Pattern.compile(re.substring(start, pos));
            return (r, sb) -> {
                String w = "科";
                for (int i = 0; i < 100; i++) {
                    String c = TextGen.word(r, 1);
                    if (cls.matcher(c).matches()) {
                        w = c;
                        break;
                    }
                }
                sb.append(w);
            };
        }
        return (r, sb) -> {
            int[] range = r.pick(ranges);
            sb.appendCodePoint(range[0] + r.below(range[1] - range[0] + 1));
        };
    }
}
