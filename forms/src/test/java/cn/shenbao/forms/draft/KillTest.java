package cn.shenbao.forms.draft;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.print.SelfCheck;
import cn.shenbao.forms.rules.Finding;
import cn.shenbao.forms.rules.RuleEngine;
import cn.shenbao.forms.template.TemplateDef;
import cn.shenbao.forms.template.TemplateRegistry;
import cn.shenbao.forms.testing.Property;
import cn.shenbao.forms.testing.RandomDrafts;
import cn.shenbao.forms.testing.Rnd;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill test (issue 9): a separate JVM ({@link KillTarget}) saves drafts of every form in a loop through the
 * real save path and is killed with SIGKILL at random moments, {@value #DEFAULT_KILLS} times a run (two lanes
 * side by side, each in its own folder). After each kill the last completed save (or the one under way, if
 * its move had happened) opens and is checked exactly as before; the {@code .bak} is a complete earlier
 * version; the temporary files a killed run left are gone once the next run has saved, and none is left
 * after a last clean run. The same for a roster file ({@value #DEFAULT_ROSTER_KILLS} kills,
 * {@code -Dshenbao.kills.roster=N}): it always opens as the last completed save, its {@code .bak} as an earlier one. The same for export ({@value #DEFAULT_EXPORT_KILLS} kills): whatever stands under
 * {@code out.docx} or {@code out.pdf} is a complete file.
 *
 * <p>{@code -Dshenbao.kills=N} and {@code -Dshenbao.kills.export=N} change the counts; the random moments
 * come from a seed printed at the start ({@code -Dshenbao.seed} replays it).
 */
class KillTest {
    static final int DEFAULT_KILLS = 200;
    static final int DEFAULT_EXPORT_KILLS = 10;
    static final int DEFAULT_ROSTER_KILLS = 20;
    private static final int LANES = 2;
    private static final DraftFiles FILES = DraftFiles.builtIn();

    @TempDir
    Path dir;

    private record Source(Draft draft, List<String> findings) {
    }

    @Test
    void aDraftKilledWhileSavingOpensAsTheLastCompletedSave() throws Exception {
        int kills = Integer.getInteger("shenbao.kills", DEFAULT_KILLS);
        long seed = Property.baseSeed();
        System.out.println("kill test: " + kills + " kills while saving, seed " + seed);
        Rnd r = new Rnd(seed);
        List<Source> sources = new ArrayList<>();
        for (TemplateDef t : TemplateRegistry.builtIn().all()) {
            for (int i = 0; i < 2; i++) {
                Draft d = RandomDrafts.valid(t).next(r);
                sources.add(new Source(d, ids(RuleEngine.check(t, d))));
            }
        }
        List<String> jvm = jvm(smallClassPath());
        AtomicInteger hitMidWrite = new AtomicInteger();
        AtomicInteger withSaves = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneDir = Files.createDirectories(dir.resolve("lane-" + lane));
                for (int i = 0; i < sources.size(); i++) {
                    Path src = laneDir.resolve("src-" + i + ".shenbao");
                    FILES.save(sources.get(i).draft().copy(), src);
                    Draft back = FILES.load(src);
                    assertThat(back.flatten()).as("source %d as loaded", i).isEqualTo(sources.get(i).draft().flatten());
                    assertThat(back.sameContent(sources.get(i).draft())).as("source %d same content", i).isTrue();
                }
                int laneKills = kills / LANES + (lane < kills % LANES ? 1 : 0);
                Random random = new Random(seed + lane);
                lanes.add(pool.submit(() -> {
                    saveLane(jvm, laneDir, sources, laneKills, random, hitMidWrite, withSaves);
                    return null;
                }));
            }
            for (Future<?> f : lanes) {
                f.get(15, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("kill test: " + kills + " kills; "
                + hitMidWrite + " kills left a temporary file behind (a write under way)");
        assertThat(withSaves.get()).as("runs killed after saving at least once").isEqualTo(kills);
        assertThat(hitMidWrite.get()).as("kills that fell on a write under way").isPositive();
    }

    private static void saveLane(List<String> jvm, Path laneDir, List<Source> sources, int kills, Random random,
                                 AtomicInteger hitMidWrite, AtomicInteger withSaves) throws Exception {
        Path target = laneDir.resolve("draft.shenbao");
        Set<Long> possible = new HashSet<>();
        boolean mayBeAbsent = true; // until a save is reported, the draft may not exist yet
        long next = 0;
        for (int k = 0; k < kills; k++) {
            Set<Path> leftover = temps(laneDir);
            List<String> lines = runAndKill(jvm, List.of("save", laneDir.toString(), Long.toString(next)), random, 40);
            long last = -1;
            for (String l : lines) {
                if (l.startsWith("saved ")) {
                    last = Long.parseLong(l.substring(6));
                }
            }
            if (last >= 0) {
                withSaves.incrementAndGet();
                possible = new HashSet<>(List.of(last, last + 1));
                mayBeAbsent = false;
                next = last + 2;
                for (Path p : leftover) {
                    assertThat(p).as("a temporary file left by the previous kill is removed by the next save").doesNotExist();
                }
            } else {
                possible.add(next); // its move may have happened just before the kill
                next++;
            }
            if (!temps(laneDir).isEmpty()) {
                hitMidWrite.incrementAndGet();
            }
            String when = "after kill " + (k + 1) + " in " + laneDir.getFileName() + " (saves reported: " + lines + ")";
            if (mayBeAbsent && !Files.exists(target)) {
                continue;
            }
            assertThat(target).as("the draft " + when).exists();
            Draft loaded = FILES.load(target);
            long index = saveIndex(loaded);
            if (!possible.contains(index)) {
                String listing = cn.shenbao.forms.testing.Tools.run(List.of("ls", "-lia", laneDir.toString()), 10);
                throw new AssertionError("the draft is save " + index + ", not the last completed save " + possible + " "
                        + when + "\n" + listing);
            }
            Source s = sources.get((int) (index % sources.size()));
            assertThat(withoutMark(loaded).sameContent(s.draft())).as("the draft is save %d as it was made %s", index, when)
                    .isTrue();
            TemplateDef t = TemplateRegistry.builtIn().get(loaded.templateId());
            assertThat(ids(RuleEngine.check(t, loaded))).as("the draft is checked as before " + when).isEqualTo(s.findings());
            Path bak = AtomicWriter.backupOf(target);
            if (Files.exists(bak)) {
                Draft b = FILES.load(bak);
                long bi = saveIndex(b);
                assertThat(bi).as("the backup is an earlier save " + when).isLessThanOrEqualTo(index);
                assertThat(withoutMark(b).sameContent(sources.get((int) (bi % sources.size())).draft()))
                        .as("the backup is a complete earlier version " + when).isTrue();
            }
        }
        // a last run that is not killed: nothing of ours is left beside the draft
        Process p = new ProcessBuilder(concat(jvm, List.of("save", laneDir.toString(), Long.toString(next), "once")))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(temps(laneDir)).as("temporary files after a clean run").isEmpty();
        assertThat(saveIndex(FILES.load(target))).isEqualTo(next);
    }

    private static long saveIndex(Draft d) {
        return d.acknowledged().stream().filter(a -> a.startsWith(KillTarget.SAVE_MARK))
                .mapToLong(a -> Long.parseLong(a.substring(KillTarget.SAVE_MARK.length()))).findFirst().orElse(-1);
    }

    private static Draft withoutMark(Draft d) {
        Draft c = d.copy();
        List.copyOf(c.acknowledged()).stream().filter(a -> a.startsWith(KillTarget.SAVE_MARK)).forEach(c::unacknowledge);
        return c;
    }

    @Test
    void anExportKilledWhileWritingLeavesNoHalfWrittenFile() throws Exception {
        int kills = Integer.getInteger("shenbao.kills.export", DEFAULT_EXPORT_KILLS);
        long seed = Property.baseSeed();
        System.out.println("kill test: " + kills + " kills while exporting, seed " + seed);
        TemplateDef t = TemplateRegistry.builtIn().all().get(0);
        Draft d = RandomDrafts.valid(t).next(new Rnd(seed));
        FILES.save(d.copy(), dir.resolve("src-0.shenbao"));
        String fingerprint = cn.shenbao.forms.print.Exporter.fingerprint(d);
        List<String> jvm = jvm(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        Random random = new Random(seed);
        int written = 0;
        int midWrite = 0;
        for (int k = 0; k < kills; k++) {
            Set<Path> leftover = temps(dir);
            List<String> lines = runAndKill(jvm, List.of("export", dir.toString()), random, 400);
            written += lines.stream().anyMatch(l -> l.startsWith("docx") || l.startsWith("pdf")) ? 1 : 0;
            midWrite += temps(dir).isEmpty() ? 0 : 1;
            String when = "after export kill " + (k + 1) + " (" + lines + ")";
            Path docx = dir.resolve("out.docx");
            if (Files.exists(docx)) {
                assertThat(SelfCheck.squash(SelfCheck.docxText(docx))).as("out.docx is complete " + when).contains(fingerprint);
            }
            Path pdf = dir.resolve("out.pdf");
            if (Files.exists(pdf)) {
                assertThat(SelfCheck.squash(SelfCheck.pdfText(pdf))).as("out.pdf is complete " + when).contains(fingerprint);
            }
            for (Path p : leftover) { // the target's warm-up export wrote both files before it said "ready"
                assertThat(p).as("a temporary file left by the previous kill is removed by the next export").doesNotExist();
            }
        }
        System.out.println("kill test: " + written + " of " + kills + " export runs wrote again after warming up; "
                + midWrite + " kills left a temporary file behind (a write under way)");
    }

    @Test
    void aRosterKilledWhileSavingOpensAsTheLastCompletedSave() throws Exception {
        int kills = Integer.getInteger("shenbao.kills.roster", DEFAULT_ROSTER_KILLS);
        long seed = Property.baseSeed();
        System.out.println("kill test: " + kills + " kills while saving a roster, seed " + seed);
        List<String> jvm = jvm(smallClassPath());
        Random random = new Random(seed);
        Path target = dir.resolve("roster.shenbao-roster");
        Set<Long> possible = new HashSet<>();
        boolean mayBeAbsent = true;
        long next = 0;
        int midWrite = 0;
        for (int k = 0; k < kills; k++) {
            List<String> lines = runAndKill(jvm, List.of("roster", dir.toString(), Long.toString(next)), random, 60);
            long last = -1;
            for (String l : lines) {
                if (l.startsWith("saved ")) {
                    last = Long.parseLong(l.substring(6));
                }
            }
            if (last >= 0) {
                possible = new HashSet<>(List.of(last, last + 1));
                mayBeAbsent = false;
                next = last + 2;
            } else {
                possible.add(next);
                next++;
            }
            midWrite += temps(dir).isEmpty() ? 0 : 1;
            String when = "after roster kill " + (k + 1) + " (" + lines + ")";
            if (mayBeAbsent && !Files.exists(target)) {
                continue;
            }
            cn.shenbao.forms.roster.Roster loaded = cn.shenbao.forms.roster.RosterFiles.load(target);
            long index = rosterIndex(loaded);
            assertThat(possible).as("the roster is the last completed save " + when).contains(index);
            assertThat(loaded.experts()).as("the roster is save %d as it was made %s", index, when)
                    .isEqualTo(KillTarget.roster(index).experts());
            Path bak = AtomicWriter.backupOf(target);
            if (Files.exists(bak)) {
                cn.shenbao.forms.roster.Roster b = cn.shenbao.forms.roster.RosterFiles.load(bak);
                long bi = rosterIndex(b);
                // equal when the kill fell between making the backup of save n and writing save n + 1 (as for drafts)
                assertThat(bi).as("the backup is an earlier save " + when).isLessThanOrEqualTo(index);
                assertThat(b.experts()).as("the backup is complete " + when).isEqualTo(KillTarget.roster(bi).experts());
            }
        }
        Process p = new ProcessBuilder(concat(jvm, List.of("roster", dir.toString(), Long.toString(next), "once")))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(temps(dir)).as("temporary files after a clean run").isEmpty();
        assertThat(rosterIndex(cn.shenbao.forms.roster.RosterFiles.load(target))).isEqualTo(next);
        System.out.println("kill test: " + kills + " roster kills; " + midWrite + " left a temporary file behind");
    }

    private static long rosterIndex(cn.shenbao.forms.roster.Roster r) {
        return Long.parseLong(r.experts().get(0).notes().substring(KillTarget.SAVE_MARK.length()));
    }

    // ---- processes ----------------------------------------------------------------------------------

    /**
     * Starts the target, waits until it is ready, lets it work a random time up to {@code maxMillis}, kills it,
     * and returns the lines it wrote. Its output goes to a file, not a pipe: every line it wrote before it died
     * is on record, whatever the timing of the kill.
     */
    private static List<String> runAndKill(List<String> jvm, List<String> args, Random random, int maxMillis)
            throws Exception {
        Path log = Files.createTempFile("shenbao-kill", ".log");
        try {
            Process p = new ProcessBuilder(concat(jvm, args)).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("ready\n") && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            if (!Files.readString(log, StandardCharsets.UTF_8).contains("ready\n")) {
                p.destroyForcibly();
                throw new AssertionError("the kill target did not start: " + Files.readString(log) + " " + jvm + args);
            }
            Thread.sleep(random.nextInt(maxMillis + 1));
            p.destroyForcibly(); // SIGKILL on Linux
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> out = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
            out.remove("ready");
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<String> jvm(String classPath) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-XX:-UsePerfData",
                "-Xshare:auto", "-Dfile.encoding=UTF-8", "-cp", classPath, KillTarget.class.getName());
    }

    /** The classes of this module and Jackson only: the save path needs nothing else, and starts faster. */
    private static String smallClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> keep = new ArrayList<>();
        for (String e : cp.split(File.pathSeparator)) {
            String n = e.replace('\\', '/');
            if (n.endsWith("/target/classes") || n.endsWith("/target/test-classes") || n.contains("/com/fasterxml/jackson/")) {
                keep.add(e);
            }
        }
        return String.join(File.pathSeparator, keep);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<Path> temps(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return new HashSet<>(s.filter(p -> AtomicWriter.isTempName(p.getFileName().toString())).toList());
        }
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.id() + " " + f.key()).toList();
    }
}
