package app.dossier.model;

import java.util.List;
import java.util.Map;

/** A theme of the codebook; cues per language ("de", "en", "zh") are phrases or regular expressions. */
public record Theme(String id, String name, String description, Map<String, List<String>> cues, ThemeOrigin origin) {
    public Theme {
        cues = cues == null ? Map.of() : Map.copyOf(cues);
    }
}
