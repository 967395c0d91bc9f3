package app.dossier.analysis;

import app.dossier.figures.FigureExtractor;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.ThemeTag;
import app.dossier.tagging.CompanyDiscovery;

import java.util.List;

/** Everything Dossier reads out of a report's text: companies, themes, figures, new names. */
public final class ReportAnalysis {
    private final FigureExtractor figures = new FigureExtractor();
    private final CompanyDiscovery discovery = new CompanyDiscovery();

    public record Result(List<Mention> mentions, List<ThemeTag> themeTags, List<Figure> figures,
                         List<String> candidates) {
        public Result forReport(String reportId) {
            return new Result(mentions.stream().map(m -> m.withReport(reportId)).toList(),
                    themeTags.stream().map(t -> t.withReport(reportId)).toList(),
                    figures.stream().map(f -> f.withReport(reportId)).toList(), candidates);
        }
    }

    public Result analyse(Vocabulary tagging, String text, String language) {
        List<Mention> mentions = tagging.matcher().find(text);
        List<ThemeTag> tags = tagging.tagger().tag(text, language);
        List<Figure> found = figures.extract(text, language, mentions, tagging.notSubjects());
        List<String> names = discovery.candidates(text, mentions);
        return new Result(mentions, tags, found, names);
    }
}
