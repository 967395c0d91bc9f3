package app.dossier.analysis;

import app.dossier.figures.FigureExtractor;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Ids;
import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.ThemeTag;
import app.dossier.tagging.CompanyDiscovery;
import app.dossier.tagging.OthersProducts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything Dossier reads out of a report's text: companies (of the registry, and discovered ones
 * the registry lacks), themes, figures. Discovered companies are ordinary companies to figure
 * attribution: their mentions go in with the registry's.
 */
public final class ReportAnalysis {
    /** A name a headline gives without legal form: a few capitalised words, or a Han name. */
    private static final Pattern PLAIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}\\d&.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.\\-]*){0,3}|\\p{IsHan}{2,12}");
    private static final int SHORT_FORM_MIN = 4;
    private final FigureExtractor figures = new FigureExtractor();
    private final CompanyDiscovery discovery = new CompanyDiscovery();

    /**
     * @param discovered companies of origin "discovered" that {@code mentions} also point to
     * @param author     the author's name the analysis was given (to be kept with the report), or null
     */
    public record Result(List<Mention> mentions, List<ThemeTag> themeTags, List<Figure> figures,
                         List<Company> discovered, String author) {
        public Result forReport(String reportId) {
            return new Result(mentions.stream().map(m -> m.withReport(reportId)).toList(),
                    themeTags.stream().map(t -> t.withReport(reportId)).toList(),
                    figures.stream().map(f -> f.withReport(reportId)).toList(), discovered, author);
        }

        /** The names of the discovered companies. */
        public List<String> candidates() {
            return discovered.stream().map(Company::name).toList();
        }
    }

    public Result analyse(Vocabulary tagging, String text, String language) {
        return analyse(tagging, text, language, null);
    }

    /**
     * @param author the company the document is written for as its chrome named it ("Sturmkamm Robotics GmbH" in a
     *               mail's signature), or null: "we" and verbless key figures are its own
     */
    public Result analyse(Vocabulary tagging, String text, String language, String author) {
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
        String authorId = null;
        if (author != null && !author.isBlank()) {
            Company authorCompany = authorCompany(tagging, author);
            authorId = authorCompany == null ? null : authorCompany.id();
            boolean known = authorId == null || tagging.companiesById().containsKey(authorId)
                    || discovered.stream().anyMatch(c -> c.id().equals(authorCompany.id()));
            if (!known) {
                discovered.add(authorCompany); // named only in the signature: a company without a mention in the text
                mentions.addAll(authorNamedInText(text, authorCompany, mentions));
                mentions.sort(Comparator.comparingInt(Mention::start));
            }
        }
        List<Figure> found = figures.extract(text, language, mentions, tagging.notSubjects(), authorId);
        return new Result(List.copyOf(mentions), tags, found, List.copyOf(discovered), author);
    }

    /** The registry's company the name is, else the company discovery makes of it (its legal form says it is one). */
    private Company authorCompany(Vocabulary tagging, String author) {
        for (Mention m : tagging.matcher().find(author)) {
            if (m.start() == 0 && !tagging.notSubjects().contains(m.companyId())) {
                return tagging.companiesById().get(m.companyId());
            }
        }
        List<CompanyDiscovery.Found> found = discovery.discover(author, List.of(), tagging.rejectedNames());
        Company c = found.isEmpty() ? null : found.get(0).company();
        if (c == null && PLAIN_NAME.matcher(author).matches()
                && !tagging.rejectedNames().contains(CompanyDiscovery.key(author))) {
            // a founder's headline ("CEO at Brenmoor Labs") says it is a company though no legal form does
            String shortForm = author.split("\\s+")[0];
            c = new Company(Ids.slug(author), author, shortForm.equals(author) ? List.of() : List.of(shortForm), List.of(),
                    Company.OTHER_KIND, CompanyOrigin.DISCOVERED);
        }
        return c == null || Vocabulary.notSubjectKind(c) ? null : c; // an analyst's mail is about others' figures
    }

    /**
     * "Brenmoor" in a post whose headline names "Brenmoor Labs": the author's company named in the text by its
     * name or its first word, where no other company is named. The first word counts only as a proper name
     * (long enough, never written in lower case in the text).
     */
    private static List<Mention> authorNamedInText(String text, Company author, List<Mention> taken) {
        List<String> forms = new ArrayList<>();
        forms.add(author.name());
        String first = author.name().split("\\s+")[0];
        if (!first.equals(author.name()) && first.codePointCount(0, first.length()) >= SHORT_FORM_MIN
                && Character.isUpperCase(first.codePointAt(0))
                && !Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(first.toLowerCase(java.util.Locale.ROOT)) + "(?![\\p{L}\\d])")
                .matcher(text).find()) {
            forms.add(first);
        }
        List<Mention> out = new ArrayList<>();
        for (String form : forms) {
            boolean latin = form.codePoints().anyMatch(cp -> Character.isLetter(cp) && cp < 0x2E80);
            Matcher m = Pattern.compile(latin ? "(?<![\\p{L}\\d])" + Pattern.quote(form) + "(?![\\p{L}\\d])" : Pattern.quote(form))
                    .matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean free = taken.stream().noneMatch(t -> t.start() < end && start < t.end())
                        && out.stream().noneMatch(t -> t.start() < end && start < t.end());
                if (free) {
                    out.add(new Mention(null, author.id(), start, end, form, false, false));
                }
            }
        }
        return out;
    }
}
