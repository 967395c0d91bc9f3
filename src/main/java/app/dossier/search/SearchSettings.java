package app.dossier.search;

import app.dossier.files.ShippedResource;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Query-side settings from search/search-settings.json (filter names, compound endings, snippet size). */
record SearchSettings(Map<String, String> filterAliases, List<String> compoundPartEndings,
                      int minCompoundPartLength, int minTypedPrefixLength, int snippetChars) {

    private static final String RESOURCE = "/search/search-settings.json";

    static SearchSettings load() {
        JsonNode root = ShippedResource.json(RESOURCE);
        Map<String, String> aliases = new HashMap<>();
        root.path("filterFields").fields().forEachRemaining(field -> {
            aliases.put(field.getKey(), field.getKey());
            field.getValue().forEach(alias -> aliases.put(alias.asText().toLowerCase(Locale.ROOT), field.getKey()));
        });
        List<String> endings = new ArrayList<>();
        root.path("compoundPartEndings").forEach(e -> endings.add(e.asText()));
        return new SearchSettings(Map.copyOf(aliases), List.copyOf(endings),
                root.path("minCompoundPartLength").asInt(4), root.path("minTypedPrefixLength").asInt(2),
                root.path("snippetChars").asInt(160));
    }
}
