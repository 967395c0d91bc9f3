package app.dossier.store;

/** Data read from the database does not match its checksum: the file was damaged on disk. */
public final class DamagedDataException extends StoreException {
    public DamagedDataException(String message) {
        super(message, null);
    }
}
