package app.dossier.search;

import app.dossier.search.HitPattern.Step;
import app.dossier.search.HitPattern.TermMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/** Turns a parsed query into a Lucene query plus the patterns that locate its hits in a text. */
final class QueryCompiler {
    private static final float TITLE_BOOST = 2f;
    private static final float COMPOUND_BOOST = 0.3f;
    private static final float TYPED_PREFIX_BOOST = 0.5f;

    record Compiled(Query query, List<HitPattern> patterns) {
    }

    private record QueryToken(String surface, String stem, int position, boolean cjk) {
    }

    /** Compound-part and prefix queries kept, a bound so that a long session of different words does not grow it without end. */
    private static final int MAX_KEPT_QUERIES = 4096;

    private final Analyzer surfaceAnalyzer;
    private final SearchSettings settings;
    private final java.util.Map<String, Query> compoundPartQueries = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<Term, Query> prefixes = new java.util.concurrent.ConcurrentHashMap<>();

    QueryCompiler(Analyzer surfaceAnalyzer, SearchSettings settings) {
        this.surfaceAnalyzer = surfaceAnalyzer;
        this.settings = settings;
    }

    /** Null when the node holds nothing searchable (e.g. only punctuation). */
    Compiled compile(QueryNode node) {
        List<HitPattern> patterns = new ArrayList<>();
        Query query = compile(node, patterns, true);
        return query == null ? null : new Compiled(query, List.copyOf(patterns));
    }

    private Query compile(QueryNode node, List<HitPattern> patterns, boolean positive) {
        if (node instanceof QueryNode.Word word) {
            return words(word.text(), false, word.prefix(), patterns, positive);
        } else if (node instanceof QueryNode.Phrase phrase) {
            return words(phrase.text(), true, false, patterns, positive);
        } else if (node instanceof QueryNode.Filter filter) {
            return filter(filter);
        } else if (node instanceof QueryNode.Not not) {
            Query excluded = compile(not.node(), patterns, !positive);
            return excluded == null ? null : new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), Occur.MUST).add(excluded, Occur.MUST_NOT).build();
        } else if (node instanceof QueryNode.And and) {
            return all(and.nodes(), patterns, positive);
        } else if (node instanceof QueryNode.Or or) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int clauses = 0;
            for (QueryNode alternative : or.nodes()) {
                Query q = compile(alternative, patterns, positive);
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    clauses++;
                }
            }
            return clauses == 0 ? null : any.setMinimumNumberShouldMatch(1).build();
        }
        throw new IllegalArgumentException("unknown query node " + node);
    }

    private Query all(List<QueryNode> nodes, List<HitPattern> patterns, boolean positive) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean anyPositive = false;
        boolean anyClause = false;
        for (QueryNode part : nodes) {
            if (part instanceof QueryNode.Not not) {
                Query excluded = compile(not.node(), patterns, !positive);
                if (excluded != null) {
                    all.add(excluded, Occur.MUST_NOT);
                    anyClause = true;
                }
                continue;
            }
            Query q = compile(part, patterns, positive);
            if (q != null) {
                all.add(q, part instanceof QueryNode.Filter ? Occur.FILTER : Occur.MUST);
                anyPositive = true;
                anyClause = true;
            }
        }
        if (!anyClause) {
            return null;
        }
        if (!anyPositive) {
            all.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return all.build();
    }

    private Query filter(QueryNode.Filter filter) {
        String value = FilterValues.normalize(filter.value());
        if (value.isEmpty()) {
            return null;
        }
        // "zh" finds zh-Hans and zh-Hant, "zhipu" finds zhipu-ai: whole leading parts match too
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(filter.field(), value)), Occur.SHOULD)
                .add(prefix(filter.field(), value + "-"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    private Query words(String text, boolean exact, boolean typedPrefix, List<HitPattern> patterns, boolean positive) {
        List<QueryToken> tokens = analyze(text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1 && !tokens.get(0).cjk()) {
            return singleWord(tokens.get(0), exact, typedPrefix, patterns, positive);
        }
        PhraseQuery.Builder inText = new PhraseQuery.Builder();
        PhraseQuery.Builder inTitle = new PhraseQuery.Builder();
        List<Step> steps = new ArrayList<>();
        int first = tokens.get(0).position();
        for (QueryToken token : tokens) {
            int at = token.position() - first;
            Term term = new Term(IndexFields.TEXT, token.stem());
            inText.add(term, at);
            inTitle.add(new Term(IndexFields.TITLE, token.stem()), at);
            steps.add(new Step(at, new TermMatcher(token.stem(), token.surface(), null, false),
                    List.of(new TermQuery(term))));
        }
        if (positive) {
            patterns.add(new HitPattern(steps));
        }
        return new BooleanQuery.Builder()
                .add(inText.build(), Occur.SHOULD)
                .add(new BoostQuery(inTitle.build(), TITLE_BOOST), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
    }

    private Query singleWord(QueryToken token, boolean exact, boolean typedPrefix, List<HitPattern> patterns,
                             boolean positive) {
        List<Query> inText = new ArrayList<>();
        inText.add(new TermQuery(new Term(IndexFields.TEXT, token.stem())));
        BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(inText.get(0), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE, token.stem())), TITLE_BOOST), Occur.SHOULD);
        boolean compound = !exact && Stemming.isStemmable(token.surface())
                && token.stem().length() >= settings.minCompoundPartLength();
        if (compound) {
            // the word as head or tail of a compound, in one query: it also holds the word itself, so hits are
            // located from its terms alone
            Query parts = compoundParts(token.stem());
            inText.set(0, parts);
            any.add(new BoostQuery(parts, COMPOUND_BOOST), Occur.SHOULD);
        }
        boolean prefix = typedPrefix && token.surface().length() >= settings.minTypedPrefixLength();
        if (prefix) {
            Query typed = prefix(IndexFields.TEXT, token.surface());
            if (!compound) {
                Query typedStem = prefix(IndexFields.TEXT, token.stem());
                inText.add(typedStem);
                any.add(new BoostQuery(typedStem, TYPED_PREFIX_BOOST), Occur.SHOULD);
            }
            inText.add(typed);
            any.add(new BoostQuery(typed, TYPED_PREFIX_BOOST), Occur.SHOULD);
        }
        if (positive) {
            TermMatcher matcher = new TermMatcher(token.stem(), token.surface(),
                    compound ? settings.compoundPartEndings() : null, prefix);
            patterns.add(new HitPattern(List.of(new Step(0, matcher, List.copyOf(inText)))));
        }
        return any.build();
    }

    /**
     * Words starting with stem (orchestrierungsebene for orchestrierung) or ending in stem + an inflection ending
     * (marktanteils for anteil: a prefix of the reversed tail term), as one automaton: the term dictionary is
     * walked once and the matching terms collected once, where a prefix query and a tail query each did both
     * (about a third of a one-word search's cost). Kept per stem: building and compiling the automaton cost a
     * search more than running it.
     */
    private Query compoundParts(String stem) {
        if (compoundPartQueries.size() > MAX_KEPT_QUERIES) {
            compoundPartQueries.clear();
        }
        return compoundPartQueries.computeIfAbsent(stem, this::newCompoundParts);
    }

    /**
     * Terms starting with text. Kept per term like the compound tails: a PrefixQuery compiles its automaton when
     * made, which cost a one-word search about as much as running it (README, Performance).
     */
    private Query prefix(String field, String text) {
        if (prefixes.size() > MAX_KEPT_QUERIES) {
            prefixes.clear();
        }
        return prefixes.computeIfAbsent(new Term(field, text), PrefixQuery::new);
    }

    private Query newCompoundParts(String stem) {
        List<Automaton> endings = new ArrayList<>();
        for (String ending : settings.compoundPartEndings()) {
            endings.add(Automata.makeString(reverse(ending)));
        }
        Automaton reversedTail = Operations.concatenate(List.of(Automata.makeChar(CompoundTailFilter.MARKER),
                Operations.union(endings), Automata.makeString(reverse(stem)), Automata.makeAnyString()));
        Automaton head = Operations.concatenate(Automata.makeString(stem), Automata.makeAnyString());
        Automaton parts = Operations.determinize(Operations.union(List.of(head, reversedTail)),
                Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
        return new AutomatonQuery(new Term(IndexFields.TEXT, stem), parts);
    }

    private static String reverse(String s) {
        return new StringBuilder(s).reverse().toString();
    }

    /**
     * The query's tokens as the index holds them, keeping bigrams and dropping the unigrams they
     * cover, so that 机器人 becomes the phrase 机器 器人 and a lone 机 stays a unigram.
     */
    private List<QueryToken> analyze(String text) {
        record Raw(String term, String type, int position) {
        }
        List<Raw> raw = new ArrayList<>();
        try (TokenStream stream = surfaceAnalyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                raw.add(new Raw(term.toString(), type.type(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<QueryToken> tokens = new ArrayList<>();
        for (Raw token : raw) {
            boolean covered = "<SINGLE>".equals(token.type()) && raw.stream().anyMatch(other ->
                    "<DOUBLE>".equals(other.type()) && (other.position() == token.position()
                            || other.position() == token.position() - 1));
            if (!covered) {
                boolean cjk = DossierAnalyzer.isCjk(token.term());
                String stem = cjk ? token.term() : Stemming.stem(token.term());
                tokens.add(new QueryToken(token.term(), stem, token.position(), cjk));
            }
        }
        return tokens;
    }
}
