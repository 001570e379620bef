package cn.shenbao.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese arguments and file names whatever the locale. Under {@code LANG=C}, {@code POSIX} or no locale at all
 * (usual in containers, cron and ssh) JDK 17 decodes the command line and encodes file names as ASCII:
 * {@code 李四} arrives as U+FFFD and a file {@code 申报书.shenbao} cannot even be named ({@code InvalidPathException}).
 * {@code -Dsun.jnu.encoding=UTF-8} is ignored by JDK 17 (it is derived from the C locale at start-up), and
 * {@code -Dfile.encoding=UTF-8} changes neither.
 *
 * <p>So on Linux, when the JVM's native encoding is not UTF-8, {@link Main} starts the program once more with
 * {@code LC_CTYPE=C.UTF-8} and the original command line, read as raw bytes from {@code /proc/self/cmdline}
 * and passed through an argument file (the launcher passes its bytes unchanged). When that is not possible
 * (no {@code /proc}, no C.UTF-8 locale), arguments are recovered from the raw bytes and anything that still
 * cannot be handled is refused with a clear message before anything changes.
 */
public final class NativeEncoding {
    /** Set in the environment of the restarted program, so that it never restarts again. */
    static final String GUARD = "SHENBAO_UTF8_RESTART";
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private NativeEncoding() {
    }

    /** The charset the JVM uses for file names and the command line. */
    static Charset nativeCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return StandardCharsets.US_ASCII;
        }
    }

    /** Whether every character (Chinese included) can be passed in file names and arguments. */
    public static boolean isUtf8() {
        return nativeCharset().equals(StandardCharsets.UTF_8);
    }

    /** The raw command line of this process ({@code /proc/self/cmdline}), or null where there is none. */
    static List<byte[]> rawCommandLine() {
        try {
            byte[] all = Files.readAllBytes(CMDLINE);
            List<byte[]> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0) {
                    byte[] a = new byte[i - start];
                    System.arraycopy(all, start, a, 0, a.length);
                    out.add(a);
                    start = i + 1;
                }
            }
            return out.isEmpty() ? null : out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The arguments as typed: an argument the JVM decoded with losses (U+FFFD) is replaced by the UTF-8 reading of
     * its raw bytes, when the raw command line ends with arguments that decode to exactly what the JVM gave.
     */
    public static String[] recoverArgs(String[] args) {
        List<byte[]> raw = rawCommandLine();
        return recoverArgs(args, raw, nativeCharset());
    }

    static String[] recoverArgs(String[] args, List<byte[]> raw, Charset nativeCs) {
        if (raw == null || raw.size() < args.length) {
            return args;
        }
        String[] out = args.clone();
        int offset = raw.size() - args.length;
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = raw.get(offset + i);
            if (!new String(bytes, nativeCs).equals(args[i])) {
                return args; // the raw command line does not end with these arguments: leave them all alone
            }
            String utf8 = strictUtf8(bytes);
            if (utf8 != null) {
                out[i] = utf8;
            }
        }
        return out;
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The first argument that names a file (a path with a folder or a known extension, or an option's value
     * such as {@code --pdf=…}) and cannot be written in the native encoding, or null. Values such as
     * {@code contact=李四} are not file names and pass.
     */
    public static String unencodablePath(String[] args) {
        var enc = nativeCharset().newEncoder();
        for (String a : args) {
            if (enc.canEncode(a)) {
                continue;
            }
            String v = a.startsWith("--") && a.contains("=") ? a.substring(a.indexOf('=') + 1) : a;
            String lower = v.toLowerCase(java.util.Locale.ROOT);
            boolean assignment = !a.startsWith("-") && a.indexOf('=') > 0 && a.substring(0, a.indexOf('=')).matches("[A-Za-z0-9_.\\[\\]]+");
            if (!assignment && (v.contains("/") || lower.endsWith(".shenbao") || lower.endsWith(".docx")
                    || lower.endsWith(".pdf") || lower.endsWith(".ttf") || lower.endsWith(".ttc") || lower.endsWith(".otf")
                    || lower.endsWith(".bak"))) {
                return a;
            }
        }
        return null;
    }

    /**
     * Runs this program again with a UTF-8 character type and the same command line; returns its exit code, or
     * null when that is not possible here (then the caller goes on in this process).
     */
    static Integer restartInUtf8() {
        if (System.getenv(GUARD) != null || !System.getProperty("os.name", "").toLowerCase().contains("linux")) {
            return null;
        }
        List<byte[]> raw = rawCommandLine();
        String java = ProcessHandle.current().info().command().orElse(null);
        // only a plain `java …` command line can be given again through an argument file; a native launcher
        // (jpackage) would pass "@file" on to the program, so there the arguments are recovered in this process
        if (raw == null || raw.size() < 2 || java == null || !Path.of(java).getFileName().toString().equals("java")) {
            return null;
        }
        Path argFile = null;
        try {
            argFile = Files.createTempFile("shenbao-args", ".txt");
            Files.write(argFile, argFile(raw.subList(1, raw.size())));
            ProcessBuilder pb = new ProcessBuilder(java, "@" + argFile).inheritIO();
            Map<String, String> env = pb.environment();
            env.remove("LC_ALL");
            env.put("LC_CTYPE", "C.UTF-8");
            env.put(GUARD, "1");
            Process p = pb.start();
            Integer code = null;
            while (code == null) {
                try {
                    code = p.waitFor();
                } catch (InterruptedException e) {
                    p.destroy();
                }
            }
            return code;
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            if (argFile != null) {
                try {
                    Files.deleteIfExists(argFile);
                } catch (IOException ignored) {
                    // a temporary file of a few bytes
                }
            }
        }
    }

    /** The bytes of a launcher argument file holding these arguments, each quoted (quotes, backslashes escaped). */
    static byte[] argFile(List<byte[]> args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<Byte, String> escapes = new HashMap<>();
        escapes.put((byte) '"', "\\\"");
        escapes.put((byte) '\\', "\\\\");
        escapes.put((byte) '\n', "\\n");
        escapes.put((byte) '\r', "\\r");
        escapes.put((byte) '\t', "\\t");
        escapes.put((byte) '\f', "\\f");
        for (byte[] a : args) {
            out.write('"');
            for (byte b : a) {
                String e = escapes.get(b);
                if (e != null) {
                    out.writeBytes(e.getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(b);
                }
            }
            out.write('"');
            out.write('\n');
        }
        return out.toByteArray();
    }
}
