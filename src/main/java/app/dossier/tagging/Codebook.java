package app.dossier.tagging;

import app.dossier.files.ShippedResource;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The themes and their cues (codebook.json; the cue syntax is described there). */
public final class Codebook {
    private static final String RESOURCE = "/tagging/codebook.json";
    private final List<Theme> themes;

    public Codebook(List<Theme> themes) {
        this.themes = List.copyOf(themes);
    }

    public static Codebook builtin() {
        return ShippedResource.read(RESOURCE, in -> fromJson(in, ThemeOrigin.BUILTIN));
    }

    /** Reads {"themes":[{"id","name","description","cues":{"de":[..],"en":[..],"zh":[..]}}]}. */
    public static Codebook fromJson(InputStream in, ThemeOrigin origin) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Theme> list = new ArrayList<>();
        for (JsonNode t : root.path("themes")) {
            Map<String, List<String>> cues = new LinkedHashMap<>();
            t.path("cues").fields().forEachRemaining(e -> {
                List<String> words = new ArrayList<>();
                e.getValue().forEach(w -> words.add(w.asText()));
                cues.put(e.getKey(), List.copyOf(words));
            });
            list.add(new Theme(t.path("id").asText(), t.path("name").asText(), t.path("description").asText(), cues, origin));
        }
        return new Codebook(list);
    }

    public List<Theme> themes() {
        return themes;
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** This codebook with a theme added or replaced (same id), e.g. a user's own theme. */
    public Codebook with(Theme theme) {
        List<Theme> all = new ArrayList<>(themes);
        all.removeIf(t -> t.id().equals(theme.id()));
        all.add(theme);
        return new Codebook(all);
    }
}
