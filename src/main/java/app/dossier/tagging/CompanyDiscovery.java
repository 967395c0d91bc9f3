package app.dossier.tagging;

import java.util.List;

/** Names that look like companies but are not in the registry. (stub) */
public final class CompanyDiscovery {
    public List<String> candidates(String text, List<app.dossier.model.Mention> known) {
        return List.of();
    }
}
