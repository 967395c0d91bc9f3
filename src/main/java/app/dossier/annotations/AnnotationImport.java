package app.dossier.annotations;

import app.dossier.journal.Commands;
import app.dossier.journal.UserCommand;
import app.dossier.library.Library;
import app.dossier.model.Annotation;
import app.dossier.model.Report;
import app.dossier.store.Json;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings W3C annotations into a library as one undoable decision. Reports are matched by the hash of
 * their original bytes, so the same report imported elsewhere receives its notes back unchanged.
 */
public final class AnnotationImport {
    private AnnotationImport() {
    }

    /**
     * What an import would do. {@code command} is empty when nothing changes; {@code unmatched} names
     * the targets of annotations whose report is not in this library.
     */
    public record Plan(Optional<UserCommand> command, int added, int updated, int unchanged, int orphaned,
                       List<String> unmatched) {
        public String summary() {
            String s = String.format("%d notes added, %d updated, %d already there", added, updated, unchanged);
            if (orphaned > 0) {
                s += ", " + orphaned + " whose passage was not found (kept, flagged)";
            }
            if (!unmatched.isEmpty()) {
                s += "; " + unmatched.size() + " reports not in this library";
            }
            return s;
        }
    }

    public static Plan plan(Library library, InputStream w3cJson) throws IOException {
        JsonNode doc = Json.MAPPER.readTree(w3cJson);
        List<Report> reports = library.reportsWithText();
        Map<String, Annotation> existing = new HashMap<>();
        library.annotations(null).forEach(a -> existing.put(a.id(), a));
        return plan(doc, reports, existing);
    }

    static Plan plan(JsonNode doc, List<Report> reports, Map<String, Annotation> existing) {
        Map<String, Report> bySha = new HashMap<>();
        Map<String, Report> byId = new HashMap<>();
        reports.forEach(r -> {
            bySha.put(r.sha256(), r);
            byId.put(r.id(), r);
        });
        List<UserCommand> steps = new ArrayList<>();
        Set<String> unmatched = new LinkedHashSet<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int orphaned = 0;
        for (JsonNode item : W3cAnnotations.items(doc)) {
            Report report = W3cAnnotations.targetReport(item, bySha, byId);
            if (report == null) {
                JsonNode t = item.path("target");
                unmatched.add(t.isTextual() ? t.asText() : t.path("source").asText("?"));
                continue;
            }
            Annotation a = W3cAnnotations.read(item, report);
            Annotation before = existing.get(a.id());
            if (a.equals(before)) {
                unchanged++;
                continue;
            }
            if (a.orphaned()) {
                orphaned++;
            }
            if (before == null) {
                added++;
            } else {
                updated++;
            }
            steps.add(new Commands.PutAnnotation(before, a));
        }
        Optional<UserCommand> command = steps.isEmpty() ? Optional.empty()
                : Optional.of(new Commands.Batch("Import " + steps.size() + " notes", steps));
        return new Plan(command, added, updated, unchanged, orphaned, List.copyOf(unmatched));
    }
}
