package app.dossier.cli;

/** The command line's words are off: exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
