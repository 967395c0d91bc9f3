package app.dossier.annotations;

import java.util.Arrays;
import java.util.Locale;

/** The few named colours a note can carry; the name is what is stored, the hex what exports and the window show. */
public enum NoteColor {
    YELLOW("#F5C518"), GREEN("#2DA44E"), BLUE("#218BFF"), PINK("#E85AAD"), PURPLE("#8250DF"), ORANGE("#FB8F44"),
    GREY("#8C959F");

    private final String hex;

    NoteColor(String hex) {
        this.hex = hex;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String hex() {
        return hex;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The colour of a stored name; unknown or missing names fall back to yellow, the default highlighter. */
    public static NoteColor of(String id) {
        if (id == null) {
            return YELLOW;
        }
        return Arrays.stream(values()).filter(c -> c.id().equalsIgnoreCase(id.strip())).findFirst().orElse(YELLOW);
    }
}
