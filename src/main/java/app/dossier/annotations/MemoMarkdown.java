package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A memo in Markdown: one section per report, each note as its quote (a blockquote) and the note under it. */
public final class MemoMarkdown {
    private MemoMarkdown() {
    }

    public static String render(NotesCorpus corpus, String title) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(title)).append("\n\n");
        Map<String, Report> reports = corpus.reportsById();
        Map<String, List<Annotation>> byReport = new LinkedHashMap<>();
        for (Annotation a : corpus.annotations()) {
            byReport.computeIfAbsent(a.reportId(), k -> new ArrayList<>()).add(a);
        }
        if (byReport.isEmpty()) {
            md.append("_No notes._\n");
        }
        for (var entry : byReport.entrySet()) {
            Report r = reports.get(entry.getKey());
            md.append("## ").append(oneLine(r == null ? entry.getKey() : r.title())).append("\n\n");
            String meta = r == null ? "" : source(r);
            if (!meta.isEmpty()) {
                md.append("*").append(escape(meta)).append("*\n\n");
            }
            for (Annotation a : entry.getValue()) {
                note(md, corpus, a);
            }
        }
        return md.toString();
    }

    private static void note(StringBuilder md, NotesCorpus corpus, Annotation a) {
        if (a.orphaned()) {
            md.append("> **Passage not found in the current text** (the quote as it was):\n>\n");
        }
        for (String line : a.quote().strip().split("\\R")) {
            md.append("> ").append(escape(line.strip())).append('\n');
        }
        md.append('\n');
        if (a.note() != null && !a.note().isBlank()) {
            md.append(a.note().strip()).append("\n\n");
        }
        List<String> about = new ArrayList<>();
        corpus.companiesOf(a).forEach(c -> about.add(corpus.companyName(c)));
        corpus.themesOf(a).forEach(t -> about.add(corpus.themeName(t)));
        List<String> free = AnnotationTags.free(a.tags());
        if (!about.isEmpty() || !free.isEmpty()) {
            StringBuilder line = new StringBuilder();
            if (!about.isEmpty()) {
                line.append("About: ").append(escape(String.join(", ", about)));
            }
            if (!free.isEmpty()) {
                line.append(line.length() > 0 ? " · " : "").append("Tags: ")
                        .append(escape(String.join(", ", free.stream().map(t -> "#" + t).toList())));
            }
            md.append("<sub>").append(line).append("</sub>\n\n");
        }
    }

    private static String source(Report r) {
        List<String> parts = new ArrayList<>();
        if (r.published() != null) {
            parts.add(r.published().toString());
        }
        if (r.source() != null && !r.source().isBlank()) {
            parts.add(r.source().strip());
        } else if (r.file() != null) {
            parts.add(r.file());
        }
        return String.join(" · ", parts);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** Keeps quoted text from turning into Markdown syntax (lists, emphasis, headings, HTML). */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replaceFirst("^(\\d+)\\.", "$1\\\\.")
                .replaceFirst("^([-+])", "\\\\$1");
    }
}
