package cn.shenbao.forms.print;

import cn.shenbao.forms.draft.DraftFiles;
import cn.shenbao.forms.io.AtomicWriter;
import cn.shenbao.forms.io.BoundedRead;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which files an export may write to. An export never replaces:
 * <ul>
 *   <li>a draft being exported (or any draft named with it), nor its {@code .bak}, nor any other Shenbao
 *       draft — not even when asked;</li>
 *   <li>a folder, a FIFO or a device;</li>
 *   <li>any other existing file, unless it is recognisably one we exported (the marker {@value #MARKER} in
 *       the DOCX custom properties or the PDF document information) or the person asked for it
 *       ({@code --force} on the command line, the client's confirmation).</li>
 * </ul>
 */
public final class ExportTargets {
    /** The name of the custom property (DOCX) and document information entry (PDF) every export carries. */
    public static final String MARKER = "ShenbaoExport";
    /** Larger files are never opened to look for the marker. */
    static final long MAX_INSPECT_BYTES = 256L * 1024 * 1024;

    private ExportTargets() {
    }

    /** The marker's value: the draft's fingerprint, or {@code 1} when there is none. */
    public static String markerValue(String fingerprint) {
        return fingerprint == null || fingerprint.isBlank() ? "1" : fingerprint;
    }

    /** Why {@code out} must not be written, in the reader's language, or null when it may be. */
    public static String refusal(Path out, Collection<Path> drafts, boolean replaceAllowed, Locale locale) {
        Path target = canonical(out);
        for (Path d : drafts) {
            if (d == null) {
                continue;
            }
            Path draft = canonical(d);
            if (target.equals(draft) || target.equals(canonical(AtomicWriter.backupOf(d.toAbsolutePath())))) {
                return PrintMessages.get(locale, "target.isDraft", out, d);
            }
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.exists(out)) {
            return null;
        }
        if (Files.isDirectory(out)) {
            return PrintMessages.get(locale, "target.folder", out);
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            return PrintMessages.get(locale, "target.special", out);
        }
        if (isDraft(out)) {
            return PrintMessages.get(locale, "target.otherDraft", out);
        }
        if (replaceAllowed || isOurExport(out)) {
            return null;
        }
        return PrintMessages.get(locale, "target.exists", out);
    }

    /** Whether a file is a DOCX or PDF written by this program (it carries {@link #MARKER}). */
    public static boolean isOurExport(Path file) {
        try {
            BoundedRead.requireRegular(file);
            if (Files.size(file) > MAX_INSPECT_BYTES || Files.size(file) < 8) {
                return false;
            }
            byte[] head = new byte[5];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, 5) < 5) {
                    return false;
                }
            }
            if (head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
                try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
                    return pdf.getDocumentInfo().getMoreInfo(MARKER) != null;
                }
            }
            if (head[0] == 'P' && head[1] == 'K') {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry e = zip.getEntry("docProps/custom.xml");
                    if (e == null) {
                        return false;
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        String xml = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                        return xml.contains("name=\"" + MARKER + "\"");
                    }
                }
            }
            return false;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return false; // whatever it is, it is not recognisably ours
        }
    }

    /** Whether a file is a Shenbao draft (a JSON object whose {@code format} is the draft marker). */
    static boolean isDraft(Path file) {
        try {
            byte[] b = BoundedRead.readAll(file, DraftFiles.MAX_BYTES);
            String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8);
            return head.stripLeading().startsWith("{") && head.contains("\"" + DraftFiles.FORMAT + "\"");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file a path names: links and {@code ..} resolved as far as the path exists. */
    static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException | RuntimeException e) {
            Path parent = abs.getParent();
            if (parent != null) {
                try {
                    return parent.toRealPath().resolve(abs.getFileName());
                } catch (IOException | RuntimeException e2) {
                    // the folder does not exist either
                }
            }
            return abs;
        }
    }
}
