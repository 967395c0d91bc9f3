package app.dossier.importing;

/** A file that cannot be imported; the message states the reason in words a user understands. */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
