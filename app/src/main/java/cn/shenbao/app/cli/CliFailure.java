package cn.shenbao.app.cli;

/**
 * A command that cannot do what was asked: carries the exit code and the message for the person,
 * already in their language. Thrown by {@link CliCommand#execute()}, printed by {@link CliCommand#call()}.
 */
public final class CliFailure extends Exception {
    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
