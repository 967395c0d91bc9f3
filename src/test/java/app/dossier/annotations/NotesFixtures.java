package app.dossier.annotations;

import app.dossier.model.Annotation;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import app.dossier.model.Origin;
import app.dossier.model.Report;
import app.dossier.model.ReviewStatus;
import app.dossier.model.StoredWord;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import app.dossier.model.ThemeTag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small reports written for these tests, with the mentions and theme tags the tagger would have found. */
final class NotesFixtures {
    static final String ENGLISH = "Kestrel AI raised 40 million dollars in March.\n\n"
            + "The round was led by Harbor Ventures, and Kestrel AI plans to hire 60 engineers.\n\n"
            + "Analysts expect the cash to last about 18 months.";
    /** An emoji and a CJK Extension-B character before the passage: code points and UTF-16 units differ. */
    static final String CHINESE = "🚀 𠀀 鹰隼智能完成4000万美元融资。\n\n该公司计划招聘60名工程师。";

    private NotesFixtures() {
    }

    static Report report(String id, String title, String text) {
        return new Report(id, id + ".txt", title, "en", "sha-" + id, Instant.parse("2026-01-05T10:00:00Z"),
                LocalDate.of(2026, 1, 5), "Example Wire", text.length(), "txt", text);
    }

    static Annotation note(Report r, String quote, String note, List<String> tags) {
        int start = r.text().indexOf(quote);
        Annotation a = Anchoring.create(r, start, start + quote.length(), note, tags, "green");
        return new Annotation("note-" + Math.abs(quote.hashCode()), a.reportId(), a.start(), a.end(), a.quote(),
                a.prefix(), a.suffix(), a.note(), a.tags(), a.color(), Instant.parse("2026-02-01T09:30:00.123456Z"),
                Instant.parse("2026-02-02T11:00:00Z"), false);
    }

    static Mention mention(Report r, String companyId, String surface, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = r.text().indexOf(surface, at + 1);
        }
        return new Mention(r.id(), companyId, at, at + surface.length(), surface, false, false);
    }

    static ThemeTag themeTag(Report r, String themeId, String passage, String status) {
        int at = r.text().indexOf(passage);
        return new ThemeTag("tt-" + themeId + at, r.id(), themeId, at, at + passage.length(), Origin.AUTO, StoredWord.parse(ReviewStatus.class, status));
    }

    static Map<String, Company> companies() {
        Map<String, Company> m = new LinkedHashMap<>();
        m.put("kestrel-ai", new Company("kestrel-ai", "Kestrel AI", List.of(), List.of(), "startup", CompanyOrigin.USER));
        m.put("harbor-ventures", new Company("harbor-ventures", "Harbor Ventures", List.of(), List.of(), "fund", CompanyOrigin.USER));
        return m;
    }

    static Map<String, Theme> themes() {
        Map<String, Theme> m = new LinkedHashMap<>();
        m.put("funding", new Theme("funding", "Funding rounds", "Money raised", Map.of(), ThemeOrigin.BUILTIN));
        m.put("talent", new Theme("talent", "Talent and hiring", "People", Map.of(), ThemeOrigin.BUILTIN));
        return m;
    }

    /** Two reports, three notes: one tagged by hand, one about a mentioned company, one in Chinese. */
    static NotesCorpus corpus() {
        Report en = report("r-en", "Kestrel AI raises money", ENGLISH);
        Report zh = report("r-zh", "鹰隼智能融资", CHINESE);
        Annotation a1 = note(en, "raised 40 million dollars", "Compare with the filing.", List.of("check", "theme:funding"));
        Annotation a2 = note(en, "Kestrel AI plans to hire 60 engineers", "Hiring, \"fast\".", List.of());
        Annotation a3 = note(zh, "完成4000万美元融资", "同一轮", List.of("company:kestrel-ai"));
        List<Mention> mentions = List.of(mention(en, "kestrel-ai", "Kestrel AI", 0), mention(en, "kestrel-ai", "Kestrel AI", 1),
                mention(en, "harbor-ventures", "Harbor Ventures", 0));
        List<ThemeTag> tags = List.of(themeTag(en, "talent", "plans to hire 60 engineers", "confirmed"),
                themeTag(en, "funding", "Analysts expect", "rejected"));
        return new NotesCorpus(List.of(en, zh), List.of(a1, a2, a3), mentions, tags, companies(), themes());
    }
}
