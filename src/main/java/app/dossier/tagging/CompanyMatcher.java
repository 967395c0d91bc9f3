package app.dossier.tagging;

import app.dossier.model.Mention;

import java.util.List;

/** Finds the registry's companies in a report text. (stub) */
public final class CompanyMatcher {
    private final CompanyRegistry registry;

    public CompanyMatcher(CompanyRegistry registry) {
        this.registry = registry;
    }

    /** Mentions in text order, reportId null. */
    public List<Mention> find(String text) {
        return List.of();
    }
}
