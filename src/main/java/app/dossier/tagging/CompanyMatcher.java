package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the registry's companies in a report text. Built once per registry: a trie over folded alias forms
 * (traditional = simplified, full-width = half-width, Latin case folded), walked once over the text with its
 * whitespace skipped, so names split by line breaks still match. Names that are also common words need
 * evidence (see {@link EvidenceRules}).
 */
public final class CompanyMatcher {
    private final CompanyRegistry registry;
    private final AliasTrie trie = new AliasTrie();
    private final FuzzyLatinIndex fuzzyLatin = new FuzzyLatinIndex();
    private final EvidenceRules evidence = EvidenceRules.builtin();
    private final IncidentalMentions incidental;
    /** Folded forms that are common words: every spelling of them must match case exactly ("LLaMA" vs "llama"). */
    private final Set<String> ambiguousKeys = new HashSet<>();

    public CompanyMatcher(CompanyRegistry registry) {
        this.registry = registry;
        this.incidental = new IncidentalMentions(evidence);
        Set<String> exactForms = new HashSet<>();
        for (Company c : registry.companies()) {
            for (String form : forms(c)) {
                String key = compact(CharFolding.fold(form));
                exactForms.add(key);
                if (registry.flags(form).ambiguous()) {
                    ambiguousKeys.add(key);
                }
            }
        }
        Homophones homophones = Homophones.builtin();
        for (Company c : registry.companies()) {
            addCompany(c, exactForms, homophones);
        }
    }

    private static List<String> forms(Company c) {
        List<String> all = new ArrayList<>();
        all.add(c.name());
        all.addAll(c.aliases());
        all.addAll(c.products());
        return all;
    }

    private void addCompany(Company c, Set<String> exactForms, Homophones homophones) {
        Set<String> products = new HashSet<>(c.products());
        for (String form : forms(c)) {
            if (form.isBlank()) {
                continue;
            }
            CompanyRegistry.AliasFlags flags = registry.flags(form);
            String key = compact(CharFolding.fold(form));
            AliasEntry entry = entry(c.id(), form, products.contains(form), flags, false, false, ambiguousKeys.contains(key));
            trie.add(key, entry);
            for (String ex : flags.exclude()) {
                trie.add(compact(CharFolding.fold(ex)),
                        entry(c.id(), ex, false, CompanyRegistry.AliasFlags.PLAIN, true, false, false));
            }
            if (!flags.ambiguous()) {
                fuzzyLatin.add(form, entry);
                for (String variant : homophones.variants(key)) {
                    if (!exactForms.contains(variant)) {
                        trie.add(variant, entry(c.id(), form, entry.product(), flags, false, true, false));
                    }
                }
            }
        }
    }

    private static AliasEntry entry(String companyId, String form, boolean product, CompanyRegistry.AliasFlags flags,
                                    boolean blocker, boolean fuzzy, boolean commonWordKey) {
        String cased = CharFolding.foldKeepCase(form).trim();
        StringBuilder compact = new StringBuilder();
        boolean[] spaceAfter = new boolean[cased.length() + 1];
        for (int i = 0; i < cased.length(); i++) {
            char ch = cased.charAt(i);
            if (CharFolding.isSkippable(ch)) {
                spaceAfter[compact.length()] = true;
            } else {
                compact.append(ch);
            }
        }
        String cc = compact.toString();
        boolean shortLatin = cc.length() <= 3 || (cc.length() == 4 && cc.equals(cc.toUpperCase()));
        boolean caseSensitive = flags.ambiguous() || flags.exactCase() || commonWordKey || (shortLatin && cc.chars().anyMatch(Character::isLetter));
        return new AliasEntry(companyId, form, cc, product, flags.ambiguous(), flags.strictEvidence(), caseSensitive,
                blocker, fuzzy, spaceAfter);
    }

    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!CharFolding.isSkippable(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** How many surface forms the automaton holds (for diagnostics). */
    public int aliasCount() {
        return trie.size();
    }

    /** Mentions in text order, reportId null. */
    public List<Mention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        MatchContext ctx = new MatchContext(text);
        List<MatchContext.Candidate> chosen = new ArrayList<>();
        int i = 0;
        while (i < ctx.compactLength()) {
            MatchContext.Candidate best = longestValid(ctx, i);
            if (best == null) {
                i++;
                continue;
            }
            if (!best.entry().blocker()) {
                chosen.add(best);
            }
            i = best.compactEnd();
        }
        chosen.addAll(fuzzyLatin.find(ctx, chosen));
        chosen.sort(Comparator.comparingInt(MatchContext.Candidate::start));
        List<MatchContext.Candidate> accepted = incidental.drop(text, new AmbiguityResolver(ctx, evidence).resolve(chosen));
        List<Mention> out = new ArrayList<>(accepted.size());
        for (MatchContext.Candidate c : accepted) {
            out.add(new Mention(null, c.entry().companyId(), c.start(), c.end(), text.substring(c.start(), c.end()),
                    c.fuzzy(), c.entry().product()));
        }
        return out;
    }

    private MatchContext.Candidate longestValid(MatchContext ctx, int compactStart) {
        List<AliasTrie.Hit> hits = trie.hitsAt(ctx.foldedCompact(), compactStart);
        for (int h = hits.size() - 1; h >= 0; h--) {
            MatchContext.Candidate c = ctx.validate(hits.get(h));
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
