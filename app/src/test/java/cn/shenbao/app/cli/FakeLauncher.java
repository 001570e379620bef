package cn.shenbao.app.cli;

/** Stands in for the desktop client's launcher in {@link MainTest}. */
public final class FakeLauncher {
    static volatile String[] received;

    private FakeLauncher() {}

    public static void launch(String[] args) {
        if (args.length > 0 && args[args.length - 1].equals("boom")) {
            throw new IllegalStateException("no display");
        }
        received = args;
    }
}
