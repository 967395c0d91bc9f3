package app.dossier.analysis;

import app.dossier.figures.FigureExtractor;
import app.dossier.model.Company;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.ThemeTag;
import app.dossier.tagging.CompanyDiscovery;
import app.dossier.tagging.OthersProducts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything Dossier reads out of a report's text: companies (of the registry, and discovered ones
 * the registry lacks), themes, figures. Discovered companies are ordinary companies to figure
 * attribution: their mentions go in with the registry's.
 */
public final class ReportAnalysis {
    private final FigureExtractor figures = new FigureExtractor();
    private final CompanyDiscovery discovery = new CompanyDiscovery();

    /** @param discovered companies of origin "discovered" that {@code mentions} also point to */
    public record Result(List<Mention> mentions, List<ThemeTag> themeTags, List<Figure> figures,
                         List<Company> discovered) {
        public Result forReport(String reportId) {
            return new Result(mentions.stream().map(m -> m.withReport(reportId)).toList(),
                    themeTags.stream().map(t -> t.withReport(reportId)).toList(),
                    figures.stream().map(f -> f.withReport(reportId)).toList(), discovered);
        }

        /** The names of the discovered companies. */
        public List<String> candidates() {
            return discovered.stream().map(Company::name).toList();
        }
    }

    public Result analyse(Vocabulary tagging, String text, String language) {
        List<Mention> mentions = new ArrayList<>(tagging.matcher().find(text));
        List<Company> discovered = new ArrayList<>();
        List<Mention> superseded = new ArrayList<>();
        List<CompanyDiscovery.Found> discoveredHere = discovery.discover(text, List.copyOf(mentions), tagging.rejectedNames(), superseded::add);
        mentions.removeAll(superseded); // "智源" inside "北辰智源有限公司" is not the registry's 智源
        for (CompanyDiscovery.Found found : discoveredHere) {
            if (!tagging.companiesById().containsKey(found.company().id())) {
                discovered.add(found.company());
                mentions.addAll(found.mentions());
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        mentions = new ArrayList<>(OthersProducts.without(text, mentions));
        List<ThemeTag> tags = tagging.tagger().tag(text, language);
        List<Figure> found = figures.extract(text, language, mentions, tagging.notSubjects());
        return new Result(List.copyOf(mentions), tags, found, List.copyOf(discovered));
    }
}
