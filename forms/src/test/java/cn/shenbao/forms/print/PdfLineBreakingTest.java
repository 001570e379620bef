package cn.shenbao.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.draft.Draft;
import cn.shenbao.forms.print.stress.StressDrafts;
import cn.shenbao.forms.samples.SampleDrafts;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese line breaking (禁则) in the PDF, read back from the printed lines of each table cell ({@link PdfLines}):
 * no line starts with closing punctuation or ends with opening punctuation; e-mail addresses stay whole when they
 * fit and otherwise break only after @ . / (or - _), with no hyphen added.
 */
class PdfLineBreakingTest {
    private static final TemplateDef T = TemplateRegistry.builtIn().get("kczg-2024");

    @TempDir
    Path dir;

    @Test
    void theBlankFormKeepsTheRulesOnEveryPageIncludingTheInstructions() throws Exception {
        Draft blank = new Draft(T.id(), T.version());
        ExportResult r = new Exporter().exportPdf(T, blank, dir.resolve("blank.pdf"), PrintOptions.defaults(),
                List.of());
        List<PdfLines.Line> lines = PdfLines.read(r.file());
        assertThat(lines).as("lines read back").hasSizeGreaterThan(100);
        assertThat(lines).anySatisfy(l -> assertThat(l.text().replace(" ", "")).contains("填报说明"));
        assertThat(PdfLines.kinsokuViolations(r.file())).isEmpty();
    }

    @Test
    void longTextsWithDensePunctuationKeepTheRules() throws Exception {
        List<String> bad = new ArrayList<>();
        for (StressDrafts.Case c : StressDrafts.named()) {
            ExportResult r = new Exporter().exportPdf(T, c.draft(), dir.resolve("dense.pdf"), c.options(), List.of());
            PdfLines.kinsokuViolations(r.file()).forEach(v -> bad.add(c.name() + ": " + v));
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void eMailAddressesThatFitStayWholeOnOneLine() throws Exception {
        Draft d = SampleDrafts.kczgComplete();
        ExportResult r = new Exporter().exportPdf(T, d, dir.resolve("full.pdf"), PrintOptions.defaults(), List.of());
        List<PdfLines.Line> lines = PdfLines.read(r.file());
        // these fit their cells (printed "zhangjg@sae-" / "china.org" before: broken after the hyphen)
        List<String> fitting = List.of("zhangjg@sae-china.org", "liuxm@sae-china.org");
        assertThat(emails(d)).containsAll(fitting);
        for (String e : fitting) {
            assertThat(lines).as("%s printed whole on one line", e).anySatisfy(l -> assertThat(l.trimmed()).contains(e));
        }
    }

    @Test
    void longEMailAddressesBreakOnlyAfterAtDotSlashOrHyphenWithNothingAdded() throws Exception {
        for (StressDrafts.Case c : StressDrafts.named()) {
            Draft d = c.draft();
            ExportResult r = new Exporter().exportPdf(T, d, dir.resolve("mail.pdf"), c.options(), List.of());
            List<PdfLines.Line> lines = PdfLines.read(r.file());
            for (String e : emails(d)) {
                List<String> pieces = pieces(lines, e);
                assertThat(pieces).as("%s: %s printed", c.name(), e).isNotEmpty();
                assertThat(String.join("", pieces)).as("%s: %s read back without a hyphen added", c.name(), e)
                        .isEqualTo(e);
                for (int i = 0; i < pieces.size() - 1; i++) {
                    String p = pieces.get(i);
                    assertThat("@./-_".indexOf(p.charAt(p.length() - 1))).as("%s: %s broken after «%s»", c.name(),
                            e, p).isNotNegative();
                }
            }
        }
    }

    /** The e-mail addresses of a draft (contact fields and members' contacts). */
    private static Set<String> emails(Draft d) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : List.of("contactEmail", "unitHead.email", "unitContact.email", "leader.email",
                "chiefExpert.email")) {
            String v = d.text(p);
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        for (Map<String, String> row : d.rows("members")) {
            String v = row.get("contact");
            if (v != null && v.contains("@")) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * How {@code e} was printed: one piece when a line holds it whole, else the end of one line and the starts of
     * the lines below it in the same cell (same left edge) that complete it. Empty when not found.
     */
    private static List<String> pieces(List<PdfLines.Line> lines, String e) {
        for (PdfLines.Line l : lines) {
            if (l.trimmed().contains(e)) {
                return List.of(e);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            for (int k = Math.min(e.length() - 1, t.length()); k >= 3; k--) {
                if (!t.endsWith(e.substring(0, k))) {
                    continue;
                }
                List<String> pieces = new ArrayList<>(List.of(e.substring(0, k)));
                int done = k;
                PdfLines.Line prev = lines.get(i);
                for (int j = i + 1; j < lines.size() && done < e.length(); j++) {
                    PdfLines.Line n = lines.get(j);
                    // the next line of the same cell: just below, overlapping (centred lines need not align)
                    boolean below = n.page() == prev.page() && n.y() < prev.y() && prev.y() - n.y() < 30
                            && n.x0() < prev.x1() && prev.x0() < n.x1();
                    if (!below) {
                        continue;
                    }
                    String nt = n.trimmed();
                    String rest = e.substring(done);
                    String piece = rest.startsWith(nt) ? nt : (nt.startsWith(rest) ? rest : null);
                    if (piece == null) {
                        break;
                    }
                    pieces.add(piece);
                    done += piece.length();
                    prev = n;
                }
                if (done == e.length()) {
                    return pieces;
                }
            }
        }
        return List.of();
    }
}
