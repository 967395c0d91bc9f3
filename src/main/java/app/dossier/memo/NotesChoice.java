package app.dossier.memo;

import app.dossier.annotations.AnnotationTags;
import app.dossier.annotations.NotesCorpus;
import app.dossier.annotations.Scope;
import app.dossier.matrix.LibraryMatrix;

import java.util.List;
import java.util.Locale;

/** Which notes a memo quotes, as typed: "tag:memo", "company:Zhipu AI", "theme:Funding" or "all". */
public final class NotesChoice {
    private NotesChoice() {
    }

    /** The notes of the corpus the choice names. @throws IllegalArgumentException for a choice it cannot read */
    public static NotesCorpus select(NotesCorpus corpus, String choice, List<app.dossier.model.Theme> themes) {
        String c = choice.strip();
        if (c.equalsIgnoreCase("all")) {
            return corpus;
        }
        int colon = c.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("notes are chosen as tag:NAME, company:NAME, theme:NAME or all, not '" + c + "'");
        }
        String kind = c.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = c.substring(colon + 1).strip();
        return switch (kind) {
            case "tag" -> corpus.onlyAnnotations(a -> AnnotationTags.free(a.tags()).stream()
                    .anyMatch(t -> t.equalsIgnoreCase(value.startsWith("#") ? value.substring(1) : value)));
            case "company" -> corpus.scoped(Scope.company(LibraryMatrix.resolve(List.of(value), corpus.companies()).get(0)));
            case "theme" -> corpus.scoped(Scope.theme(themes.stream().filter(t -> t.id().equalsIgnoreCase(value)
                    || t.name().equalsIgnoreCase(value)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no theme named " + value + " in the library")).id()));
            default -> throw new IllegalArgumentException("notes are chosen as tag:NAME, company:NAME, theme:NAME or all, not '"
                    + c + "'");
        };
    }
}
