package app.dossier.analysis;

import app.dossier.model.Company;
import app.dossier.model.Theme;
import app.dossier.tagging.Codebook;
import app.dossier.tagging.CompanyMatcher;
import app.dossier.tagging.CompanyRegistry;
import app.dossier.tagging.ThemeTagger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry and codebook in force for one library: what ships with the app plus the user's edits,
 * with the matcher and tagger built from them (built once; rebuilt when the user edits either).
 */
public final class Vocabulary {
    private static final CompanyRegistry BUILTIN_REGISTRY = CompanyRegistry.builtin();
    private static final Codebook BUILTIN_CODEBOOK = Codebook.builtin();

    private final CompanyRegistry registry;
    private final Codebook codebook;
    /** Built at first use: opening a library to read it (the window's start) never pays for them. */
    private final Lazy<CompanyMatcher> matcher = new Lazy<>(() -> new CompanyMatcher(registry()));
    private final Lazy<ThemeTagger> tagger = new Lazy<>(() -> new ThemeTagger(codebook()));
    private final Map<String, Company> companiesById = new LinkedHashMap<>();
    private final java.util.Set<String> rejectedNames;
    /** Publishers, investors and listing venues: named beside a figure, seldom whom it is about ("拟登陆科创板，计划募资…"). */
    private static final java.util.Set<String> NOT_SUBJECT_KINDS = java.util.Set.of("media", Company.SOURCE_KIND, "research", "vc", "fund", "exchange");
    private volatile java.util.Set<String> notSubjects;

    public Vocabulary(List<Company> userCompanies, List<Theme> userThemes) {
        this(userCompanies, userThemes, java.util.Set.of());
    }

    /** @param rejectedNames discovered names the user rejected, never offered again */
    public Vocabulary(List<Company> userCompanies, List<Theme> userThemes, java.util.Set<String> rejectedNames) {
        this.rejectedNames = rejectedNames.stream().map(app.dossier.tagging.CompanyDiscovery::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.registry = BUILTIN_REGISTRY.with(userCompanies);
        Map<String, Theme> themes = new LinkedHashMap<>();
        BUILTIN_CODEBOOK.themes().forEach(t -> themes.put(t.id(), t));
        userThemes.forEach(t -> themes.put(t.id(), t));
        this.codebook = new Codebook(new ArrayList<>(themes.values()));
        registry.companies().forEach(c -> companiesById.put(c.id(), c));
    }

    public CompanyRegistry registry() {
        return registry;
    }

    public Codebook codebook() {
        return codebook;
    }

    public CompanyMatcher matcher() {
        return matcher.get();
    }

    /** The registry by company id (read-only). */
    public Map<String, Company> companiesById() {
        return java.util.Collections.unmodifiableMap(companiesById);
    }

    /** Discovered names the user rejected, folded as {@link app.dossier.tagging.CompanyDiscovery#key}. */
    public java.util.Set<String> rejectedNames() {
        return rejectedNames;
    }

    /**
     * Companies a report is not about as a business when it names them in passing: publishers and data
     * providers (kinds media, source, research) and investors (vc, fund). Figures resolve "the company" and "we" to others.
     */
    public java.util.Set<String> notSubjects() {
        java.util.Set<String> s = notSubjects;
        if (s == null) {
            s = companiesById.values().stream().filter(c -> c.kind() != null && NOT_SUBJECT_KINDS.contains(c.kind())).map(Company::id)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            notSubjects = s;
        }
        return s;
    }

    /** A broker's, publisher's or investor's kind: its mail speaks about others' figures, not its own. */
    static boolean notSubjectKind(Company c) {
        return c.kind() != null && NOT_SUBJECT_KINDS.contains(c.kind());
    }

    public ThemeTagger tagger() {
        return tagger.get();
    }

    public static java.util.Set<String> builtinThemeIds() {
        return BUILTIN_CODEBOOK.themes().stream().map(Theme::id).collect(java.util.stream.Collectors.toSet());
    }
}
