package cn.shenbao.forms.draft;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link KillTest} kills: saves drafts through the real save path ({@link DraftFiles#save}) or
 * exports one through the real export path ({@link KillExportTarget}), in a loop, reporting each completed write
 * on standard output, until it is killed.
 *
 * <pre>
 * KillTarget save   &lt;dir&gt; &lt;first index&gt; [once]   saves src-(i mod n).shenbao to draft.shenbao, i = first, first+1 …
 * KillTarget export &lt;dir&gt;                         exports src-0.shenbao to out.docx and out.pdf again and again
 * </pre>
 */
public final class KillTarget {
    /** Acknowledgement naming the save's number ({@code kill|<i>}): an id no finding has. */
    static final String SAVE_MARK = "kill|";

    private KillTarget() {
    }

    private static final FileOutputStream OUT = new FileOutputStream(FileDescriptor.out);

    /** One line straight to the file descriptor (one write(2), no buffer): what was reported is on record. */
    static void report(String line) throws IOException {
        OUT.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("roster")) {
            rosterLoop(dir, Long.parseLong(args[2]), args.length > 3 && args[3].equals("once"));
            return;
        }
        DraftFiles files = DraftFiles.builtIn();
        List<Draft> sources = new ArrayList<>();
        for (int i = 0; Files.exists(dir.resolve("src-" + i + ".shenbao")); i++) {
            sources.add(files.load(dir.resolve("src-" + i + ".shenbao")));
        }
        if (args[0].equals("save")) {
            Path target = dir.resolve("draft.shenbao");
            boolean once = args.length > 3 && args[3].equals("once");
            for (long i = Long.parseLong(args[2]); ; i++) {
                Draft d = sources.get((int) (i % sources.size())).copy();
                d.acknowledge(SAVE_MARK + i); // which save this is, read back by the test
                files.save(d, target);
                report("saved " + i);
                if (once) {
                    return;
                }
                if (i == Long.parseLong(args[2])) {
                    report("ready"); // after a first (cold, slow) save: the kills fall on warm saves
                }
            }
        }
        KillExportTarget.loop(sources.get(0), dir);
    }

    /** The roster that save {@code i} writes: its number in the first expert's notes, 400–449 experts. */
    static cn.shenbao.forms.roster.Roster roster(long i) {
        cn.shenbao.forms.roster.Roster r = new cn.shenbao.forms.roster.Roster();
        int n = 400 + (int) (i % 50);
        for (int k = 0; k < n; k++) {
            r.add(cn.shenbao.forms.roster.Expert.of("专家" + k, "第" + k + "研究所", "研究员", Long.toString(13000000000L + k),
                    "e" + k + "@example.cn", "1980-01-01", k % 3 == 0, k % 7 == 0, k == 0 ? SAVE_MARK + i : "备注" + k));
        }
        return r;
    }

    /** Saves rosters to roster.shenbao-roster through the real save path, reporting each. */
    private static void rosterLoop(Path dir, long first, boolean once) throws Exception {
        Path target = dir.resolve("roster.shenbao-roster");
        for (long i = first; ; i++) {
            cn.shenbao.forms.roster.RosterFiles.save(roster(i), target);
            report("saved " + i);
            if (once) {
                return;
            }
            if (i == first) {
                report("ready");
            }
        }
    }
}
