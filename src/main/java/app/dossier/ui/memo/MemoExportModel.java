package app.dossier.ui.memo;

import app.dossier.annotations.AnnotationTags;
import app.dossier.annotations.NotesCorpus;
import app.dossier.library.Library;
import app.dossier.memo.ChartFiles;
import app.dossier.memo.Memo;
import app.dossier.memo.MemoBuilder;
import app.dossier.memo.MemoExport;
import app.dossier.memo.MemoRequest;
import app.dossier.ui.Workbench;
import app.dossier.ui.common.Failures;
import app.dossier.ui.common.LongJob;
import app.dossier.ui.common.RunningJob;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** What the memo dialog asks of the library: the note filters it can offer, and the memo written off the FX thread. */
public final class MemoExportModel {
    private final Workbench workbench;

    public MemoExportModel(Workbench workbench) {
        this.workbench = workbench;
    }

    /** Reads the free tags, companies and themes the library's notes carry ("tag:memo", "company:…", "theme:…"). */
    public void noteChoices(Consumer<List<String>> then, Consumer<Throwable> failed) {
        Library lib = workbench.library();
        if (lib == null) {
            return;
        }
        workbench.tasks().read(() -> noteChoicesOf(NotesCorpus.load(lib, false)), then, failed);
    }

    static List<String> noteChoicesOf(NotesCorpus corpus) {
        TreeSet<String> tags = new TreeSet<>();
        TreeSet<String> about = new TreeSet<>();
        corpus.annotations().forEach(a -> {
            AnnotationTags.free(a.tags()).forEach(t -> tags.add("tag:" + t));
            corpus.companiesOf(a).forEach(c -> about.add("company:" + corpus.companyName(c)));
            corpus.themesOf(a).forEach(t -> about.add("theme:" + corpus.themeName(t)));
        });
        List<String> out = new ArrayList<>(tags);
        out.addAll(about);
        return out;
    }

    /** Why a memo cannot be written to {@code path}, or null when it can. */
    public String problemWith(String path) {
        if (!workbench.hasLibrary() || path == null || path.isBlank()) {
            return "Choose a file to write (.md, .docx or .pdf)";
        }
        Path target = Path.of(path.strip());
        return MemoExport.formatOf(target) == null ? target.getFileName() + ": a memo is written as .md, .docx or .pdf" : null;
    }

    /**
     * Builds and writes the memo as a long job with progress; {@code finished} gets the line the dialog and the status
     * bar show (where it was written and how many sources it cites, or why it could not be).
     */
    public RunningJob export(MemoRequest request, String path, Consumer<String> finished) {
        Library lib = workbench.library();
        Path target = Path.of(path.strip());
        LongJob<String> job = LongJob.of(progress -> {
            progress.update(0, -1, null);
            Memo memo = MemoBuilder.build(lib, request, line -> progress.update(0, -1, line));
            progress.update(0, -1, "Writing " + target.getFileName());
            ChartFiles pictures = MemoExport.write(memo, target);
            return "Memo written to " + target + " (" + memo.footnotes().all().size() + " sources cited)"
                    + (pictures == null || pictures.renamed().isEmpty() ? "" : "; " + pictures.renamed());
        }).onSuccess(finished)
                .onFailure(e -> finished.accept(Failures.logged("The memo could not be written", e)));
        return workbench.tasks().start(job);
    }
}
