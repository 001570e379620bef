package cn.shenbao.app;

import cn.shenbao.app.cli.Cli;
import cn.shenbao.forms.i18n.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The program's entry point. With a sub-command it runs the command line and exits with its code;
 * without arguments (or only {@code --lang}), or with drafts to open, it starts the desktop client, which is found by name so
 * that this class needs no JavaFX.
 */
public final class Main {
    /** The desktop client's launcher: a class with {@code public static void launch(String[] args)}. */
    public static final String CLIENT_LAUNCHER = "cn.shenbao.app.ui.ClientLauncher";

    private Main() {}

    public static void main(String[] args) {
        cn.shenbao.forms.trace.StartupTrace.mark("main");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (!NativeEncoding.isUtf8()) {
            // LANG=C and the like: run again with a UTF-8 character type, or recover the arguments here
            Integer restarted = NativeEncoding.restartInUtf8();
            if (restarted != null) {
                System.exit(restarted);
                return;
            }
            args = NativeEncoding.recoverArgs(args);
            String path = NativeEncoding.unencodablePath(args);
            if (path != null) {
                err.println(Messages.format(Messages.bundle(Cli.BUNDLE, Cli.localeOf(args)), "error.locale",
                        System.getProperty("sun.jnu.encoding"), path));
                System.exit(Cli.EXIT_USAGE);
                return;
            }
        }
        if (isClientInvocation(args)) {
            int code = startClient(CLIENT_LAUNCHER, args, err);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        int code;
        try {
            code = Cli.run(out, err, args);
        } catch (Throwable e) {
            // Cli.run maps every failure to exit 3 itself; this is the last guard (an Error while reporting one)
            err.println("shenbao: " + e.getClass().getSimpleName());
            code = Cli.EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        cn.shenbao.forms.trace.StartupTrace.mark("command done, exit " + code);
        System.exit(code);
    }

    /**
     * Whether the arguments ask for the desktop client: none, only {@code --lang <zh|en>}, or drafts to
     * open (a double-click on a {@code .shenbao} file runs {@code shenbao.jar <file>}): a first argument
     * after the language that is an existing file or ends in {@code .shenbao} is not a sub-command.
     */
    public static boolean isClientInvocation(String[] args) {
        int i = 0;
        if (i < args.length && args[i].startsWith("--lang=")) {
            i++;
        } else if (i + 1 < args.length && args[i].equals("--lang")) {
            i += 2;
        }
        if (i == args.length) {
            return true;
        }
        return isDraftArgument(args[i]);
    }

    /** A path the client should open: it ends in {@code .shenbao} (in any case) or names an existing file. */
    public static boolean isDraftArgument(String arg) {
        if (arg.startsWith("-")) {
            return false;
        }
        if (arg.toLowerCase(Locale.ROOT).endsWith(".shenbao")) {
            return true;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Calls {@code launcherClass.launch(args)}; returns 0 when it returned normally, 1 (with a message
     * on {@code err}) when the class is absent or the client failed to start.
     */
    public static int startClient(String launcherClass, String[] args, PrintStream err) {
        Locale locale = Cli.localeOf(args);
        Method launch;
        try {
            launch = Class.forName(launcherClass).getMethod("launch", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
            err.println(Messages.format(Messages.bundle(Cli.BUNDLE, locale), "client.missing", launcherClass));
            return 1;
        }
        try {
            launch.invoke(null, (Object) args.clone());
            return 0;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println(Messages.format(Messages.bundle(Cli.BUNDLE, locale), "client.failed", String.valueOf(cause)));
            return 1;
        } catch (IllegalAccessException e) {
            err.println(Messages.format(Messages.bundle(Cli.BUNDLE, locale), "client.failed", String.valueOf(e)));
            return 1;
        }
    }
}
