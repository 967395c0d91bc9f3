package app.dossier.ui.search;

import app.dossier.library.CompanyProfiles;
import app.dossier.library.Library;
import app.dossier.model.Company;
import app.dossier.search.SearchHit;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the search view shows: the answer to the newest query (ranked reports with marked snippets, the names
 * also searched, a suggestion when nothing matched) and the company the query names, read off the FX thread.
 */
public final class SearchViewModel {
    /** The answer to one query: its hits (one per report), what else was searched, and how long it took. */
    public record Answer(String query, List<SearchHit> hits, List<String> alsoSearched, String didYouMean, long millis) {
        /** A suggestion is offered only when nothing matched. */
        public boolean suggests() {
            return hits.isEmpty() && didYouMean != null;
        }
    }

    private final Workbench workbench;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Company> namedCompany = new ReadOnlyObjectWrapper<>();
    private final StringProperty problem = new SimpleStringProperty("");
    private volatile String latest = "";

    public SearchViewModel(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The answer to the newest query; null while the query is empty. */
    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The one company the query names (by name, alias or company:ID), whose profile is one click away. */
    public ReadOnlyObjectProperty<Company> namedCompanyProperty() {
        return namedCompany.getReadOnlyProperty();
    }

    /** Why the last search failed; empty when it did not. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** Runs the query in the background; only the newest query's answer is kept. */
    public void search(String text, boolean asYouType) {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        long mine = generation.incrementAndGet();
        problem.set("");
        latest = text == null ? "" : text;
        if (text == null || text.isBlank()) {
            namedCompany.set(null);
            answer.set(null);
            return;
        }
        offerProfile(lib, text);
        long started = System.nanoTime();
        workbench.tasks().run(() -> lib.search().find(text, 100, asYouType), found -> {
            if (generation.get() == mine) {
                answer.set(new Answer(text, withoutVersions(lib, found.hits()), found.alsoSearched(), found.didYouMean(),
                        (System.nanoTime() - started) / 1_000_000));
            }
        }, e -> problem.set(Failures.logged("Search failed", e)));
    }

    private void offerProfile(Library lib, String text) {
        String name = text.strip().replaceFirst("^company:", "").replace("\"", "");
        workbench.tasks().read(() -> name.isEmpty() ? List.<Company>of() : new CompanyProfiles(lib).find(name), found -> {
            if (text.equals(latest)) {
                namedCompany.set(found.size() == 1 ? found.get(0) : null);
            }
        }, e -> namedCompany.set(null));
    }

    /** A hit in another format of a report is the report's own hit: shown once. */
    private static List<SearchHit> withoutVersions(Library lib, List<SearchHit> hits) {
        Set<String> versions = lib.versions().keySet();
        return versions.isEmpty() ? hits : hits.stream().filter(h -> !versions.contains(h.reportId())).toList();
    }

    /** Opens a hit: at its own place, or at the report's first hit of the query, with all its hits to step through. */
    public void open(SearchHit hit, String query, SearchView.HitOpener opener) {
        Library lib = workbench.library();
        workbench.tasks().run(() -> lib.search().highlights(hit.reportId(), null, query), all -> {
            int start = hit.start() >= 0 ? hit.start() : all.isEmpty() ? 0 : all.get(0)[0];
            int end = hit.start() >= 0 ? hit.end() : all.isEmpty() ? 0 : all.get(0)[1];
            opener.open(hit.reportId(), start, end, all);
        }, e -> problem.set(Failures.logged("Search failed", e)));
    }
}
