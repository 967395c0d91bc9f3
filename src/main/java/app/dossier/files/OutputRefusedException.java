package app.dossier.files;

import java.io.IOException;

/** The target was left alone: it exists (and replacing it was not asked for) or it is a folder. */
public final class OutputRefusedException extends IOException {
    OutputRefusedException(String message) {
        super(message);
    }
}
