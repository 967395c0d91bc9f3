package app.dossier.search;

import app.dossier.search.HitLocator.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text index of a library, kept beside the database and rebuilt from it (the database stays the
 * source of truth).
 *
 * <p>Query syntax: words all must match, in any script, case, width or inflection (智谱 finds 智譜,
 * Modell finds Modellen, Orchestrierung finds Orchestrierungsebene); "quoted words" must be adjacent;
 * uppercase AND, OR, NOT and parentheses (OR binds tighter than AND, lower-case and/or/not are words);
 * -word or -"phrase" excludes; filters company:NAME-OR-ID (company:"Zhipu AI", company:zhipu-ai),
 * theme:ID, lang:de / lang:zh (zh-Hans and zh-Hant), tag:TAG, case-insensitive, also negated
 * (-tag:done). Malformed queries never fail: an unclosed quote runs to the end, stray operators and
 * parentheses are ignored.
 *
 * <p>Lifecycle for the integrator: {@link #open}; if {@link #needsRebuild()} (new index, or one built
 * with another analyser) or {@link #size()} differs from the number of reports, {@link #clear()}, then
 * {@link #put} every report and {@link #commit()}. put/delete/clear become visible to search at the next
 * commit. Thread-safe; searches run on a shared searcher refreshed by commit.
 */
public final class SearchIndex implements AutoCloseable {
    private static final String FINGERPRINT_KEY = "dossier.analyzer";
    private static final String GENERATION_KEY = "dossier.generation";
    private static final Set<String> STORED_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.TEXT);
    /** Offsets in the postings: hits are located without analysing the text again. */
    private static final FieldType TEXT_TYPE = withOffsets(TextField.TYPE_STORED);
    /** The same, for an index whose texts are kept elsewhere ({@link Texts}): the text is not stored twice. */
    private static final FieldType TEXT_TYPE_NOT_STORED = withOffsets(TextField.TYPE_NOT_STORED);

    /**
     * Where the texts of reports are kept when the index does not keep its own copy (a library's database):
     * snippets and highlights read them from there, a page of hits at a time.
     */
    @FunctionalInterface
    public interface Texts {
        /** The text of each of the reports found among reportIds, by id. */
        Map<String, String> of(java.util.Collection<String> reportIds) throws IOException;
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchSettings settings = SearchSettings.load();
    private final SearchQueryParser parser = new SearchQueryParser(settings.filterAliases());
    private final QueryCompiler compiler;
    private final HitLocator locator;
    private final Snippets snippets;
    /** Null when the index stores each text itself. */
    private final Texts texts;
    private volatile String storedFingerprint;
    private volatile long committedGeneration;

    private SearchIndex(Directory directory, IndexWriter writer, Map<String, String> commitData, Texts texts)
            throws IOException {
        this.directory = directory;
        this.texts = texts;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.storedFingerprint = commitData.get(FINGERPRINT_KEY);
        this.committedGeneration = parseGeneration(commitData.get(GENERATION_KEY));
        Analyzer surface = new DossierAnalyzer(DossierAnalyzer.Mode.SURFACE);
        this.compiler = new QueryCompiler(surface, settings);
        this.locator = new HitLocator(surface);
        this.snippets = new Snippets(settings.snippetChars());
    }

    /** Opens or creates the index in directory, keeping each text in the index. */
    public static SearchIndex open(Path directory) throws IOException {
        return open(directory, null);
    }

    /**
     * Opens or creates the index in directory. A corrupt or unreadable index is replaced by an empty one.
     * With texts, reports put from now on are indexed without a stored copy of their text, which is read from
     * texts when a hit needs it (an index made before with stored texts is read as it is).
     */
    public static SearchIndex open(Path directory, Texts texts) throws IOException {
        Files.createDirectories(directory);
        Directory dir = FSDirectory.open(directory);
        try {
            Map<String, String> commitData = Map.of();
            OpenMode mode = OpenMode.CREATE_OR_APPEND;
            if (DirectoryReader.indexExists(dir)) {
                try {
                    commitData = SegmentInfos.readLatestCommit(dir).getUserData();
                } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                    mode = OpenMode.CREATE;
                }
            }
            IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer()).setOpenMode(mode));
            return new SearchIndex(dir, writer, commitData, texts);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static FieldType withOffsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Analyzer indexAnalyzer() {
        return new DossierAnalyzer(DossierAnalyzer.Mode.TEXT);
    }

    /** True when the index is new or was built with another analyser: clear it and put every report. */
    public boolean needsRebuild() {
        return !DossierAnalyzer.FINGERPRINT.equals(storedFingerprint);
    }

    /** Adds or replaces a report. */
    public void put(IndexedReport report) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, report.reportId(), Field.Store.YES));
        String title = report.title() == null ? "" : report.title();
        String text = report.text() == null ? "" : report.text();
        doc.add(new TextField(IndexFields.TITLE, title, Field.Store.YES));
        doc.add(new Field(IndexFields.TEXT, text, texts == null ? TEXT_TYPE : TEXT_TYPE_NOT_STORED));
        addKeywords(doc, IndexFields.LANG, report.language() == null ? List.of() : List.of(report.language()));
        addKeywords(doc, IndexFields.COMPANY, report.companies());
        addKeywords(doc, IndexFields.THEME, report.themes());
        addKeywords(doc, IndexFields.TAG, report.tags());
        writer.updateDocument(new Term(IndexFields.ID, report.reportId()), doc);
    }

    private static void addKeywords(Document doc, String field, List<String> values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            String normalized = value == null ? "" : FilterValues.normalize(value);
            if (!normalized.isEmpty()) {
                doc.add(new StringField(field, normalized, Field.Store.NO));
            }
        }
    }

    public void delete(String reportId) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.ID, reportId));
    }

    /** Drops everything (before a rebuild). */
    public void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes changes durable and visible to search; records the analyser fingerprint. */
    public void commit() throws IOException {
        commit(committedGeneration);
    }

    /**
     * Like {@link #commit()}, recording the library generation the index now reflects, so that whether it
     * is stale is known on opening without counting anything.
     */
    public void commit(long generation) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT_KEY, DossierAnalyzer.FINGERPRINT,
                GENERATION_KEY, Long.toString(generation)).entrySet());
        writer.commit();
        storedFingerprint = DossierAnalyzer.FINGERPRINT;
        committedGeneration = generation;
        searchers.maybeRefreshBlocking();
    }

    /** The library generation recorded by the last commit (-1 for an index that never recorded one). */
    public long committedGeneration() {
        return committedGeneration;
    }

    private static long parseGeneration(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Number of reports indexed, as of the last commit. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            return 0;
        }
    }

    /** The ids of the reports indexed, as of the last commit (for checking the index against the database). */
    public java.util.Set<String> ids() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            java.util.Set<String> ids = new java.util.HashSet<>();
            var reader = searcher.getIndexReader();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            var fields = searcher.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    ids.add(fields.document(doc, java.util.Set.of(IndexFields.ID)).get(IndexFields.ID));
                }
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Ranked reports for a query; never fails on malformed input. Each hit's [start, end) is the best
     * occurrence in the report text (UTF-16 offsets into the original text), or -1/-1 when only the title
     * matched or the query was only filters; its snippet is about 160 characters on one line with every
     * occurrence between « and ».
     */
    public List<SearchHit> search(String query, int limit) throws IOException {
        return find(query, limit, false, CompanyNames.NONE).hits();
    }

    /** Like {@link #search} for a query still being typed: its last word also matches as a prefix. */
    public List<SearchHit> searchAsYouType(String partialQuery, int limit) throws IOException {
        return find(partialQuery, limit, true, CompanyNames.NONE).hits();
    }

    /**
     * Like {@link #search}, with a company's other names searched too (told in alsoSearched), the mentions
     * of a company: filter located for the snippet, and a did-you-mean when nothing matched and a word of the
     * query is one edit or two from a company name. asYouType: the last word also matches as a prefix.
     */
    public SearchResult find(String query, int limit, boolean asYouType, CompanyNames names) throws IOException {
        Compiling compiling = compile(query, asYouType, names);
        List<SearchHit> hits = run(compiling.compiled(), limit);
        String didYouMean = null;
        if (hits.isEmpty() && compiling.compiled() != null) {
            String corrected = corrected(query, names);
            if (corrected != null && !run(compile(corrected, false, names).compiled(), 1).isEmpty()) {
                didYouMean = corrected;
            }
        }
        return new SearchResult(hits, compiling.alsoSearched(), didYouMean);
    }

    /** The query with each plain word that is close to a company name, and not one, spelt as the name; null if none is. */
    private static String corrected(String query, CompanyNames names) {
        String[] words = query.strip().split("\\s+");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].codePoints().allMatch(Character::isLetterOrDigit)) {
                String name = names.correct(words[i]);
                if (name != null) {
                    words[i] = name;
                    changed = true;
                }
            }
        }
        return changed ? String.join(" ", words) : null;
    }

    private List<SearchHit> run(QueryCompiler.Compiled compiled, int limit) throws IOException {
        if (compiled == null || limit <= 0) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(compiled.query(), limit);
            int[] docs = Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
            List<List<Span>> located = locator.locate(searcher.getIndexReader(), docs, compiled.patterns());
            StoredFields stored = searcher.storedFields();
            Document[] found = new Document[docs.length];
            List<String> withoutText = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                found[i] = stored.document(docs[i], STORED_FIELDS);
                if (found[i].get(IndexFields.TEXT) == null) {
                    withoutText.add(found[i].get(IndexFields.ID));
                }
            }
            Map<String, String> kept = texts == null || withoutText.isEmpty() ? Map.of() : texts.of(withoutText);
            List<SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                Document doc = found[i];
                String text = doc.get(IndexFields.TEXT) != null ? doc.get(IndexFields.TEXT)
                        : kept.getOrDefault(doc.get(IndexFields.ID), "");
                List<Span> spans = located.get(i);
                if (spans.isEmpty()) {
                    spans = locator.locate(text, compiled.patterns()); // a prefix expanded beyond the limit
                }
                Span best = snippets.best(spans);
                hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.TITLE), top.scoreDocs[i].score,
                        best == null ? -1 : best.start(), best == null ? -1 : best.end(),
                        snippets.around(text, best, spans)));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Every occurrence of the query in one report, in text order, as {start, end} UTF-16 offsets: the
     * reader's next/previous navigation. text may be null to use the indexed text of reportId.
     */
    public List<int[]> highlights(String reportId, String text, String query) throws IOException {
        return highlights(reportId, text, query, CompanyNames.NONE);
    }

    /** Like {@link #highlights(String, String, String)}, the company's other names and a company: filter's mentions included. */
    public List<int[]> highlights(String reportId, String text, String query, CompanyNames names) throws IOException {
        QueryCompiler.Compiled compiled = compile(query, false, names).compiled();
        if (compiled == null) {
            return List.of();
        }
        String body = text != null ? text : storedText(reportId);
        List<int[]> offsets = new ArrayList<>();
        for (Span span : locator.locate(body, compiled.patterns())) {
            offsets.add(new int[] {span.start(), span.end()});
        }
        return offsets;
    }

    private record Compiling(QueryCompiler.Compiled compiled, List<String> alsoSearched) {
    }

    private Compiling compile(String query, boolean lastWordIsPrefix, CompanyNames names) {
        QueryNode parsed = parser.parse(query, lastWordIsPrefix);
        if (parsed == null) {
            return new Compiling(null, List.of());
        }
        QueryExpansion.Expanded expanded = QueryExpansion.expand(parsed, names);
        QueryCompiler.Compiled compiled = compiler.compile(expanded.node());
        if (compiled == null) {
            return new Compiling(null, List.of());
        }
        List<HitPattern> mentions = mentionPatterns(parsed, names);
        if (!mentions.isEmpty()) {
            List<HitPattern> all = new ArrayList<>(compiled.patterns());
            all.addAll(mentions);
            compiled = new QueryCompiler.Compiled(compiled.query(), List.copyOf(all));
        }
        return new Compiling(compiled, expanded.alsoSearched());
    }

    /** The company: filters' names as patterns, so a hit shows the passage that mentions the company, not the report's start. */
    private List<HitPattern> mentionPatterns(QueryNode node, CompanyNames names) {
        List<HitPattern> patterns = new ArrayList<>();
        if (node instanceof QueryNode.Filter filter && IndexFields.COMPANY.equals(filter.field())) {
            CompanyNames.Entry company = names.byFilterValue(filter.value());
            if (company != null) {
                List<QueryNode> forms = company.forms().stream().<QueryNode>map(QueryNode.Phrase::new).toList();
                QueryCompiler.Compiled located = compiler.compile(new QueryNode.Or(forms));
                if (located != null) {
                    patterns.addAll(located.patterns());
                }
            }
        } else if (node instanceof QueryNode.And and) {
            and.nodes().forEach(part -> patterns.addAll(mentionPatterns(part, names)));
        } else if (node instanceof QueryNode.Or or) {
            or.nodes().forEach(part -> patterns.addAll(mentionPatterns(part, names)));
        }
        return patterns;
    }

    private String storedText(String reportId) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, reportId)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            String text = searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.TEXT);
            return text != null || texts == null ? text : texts.of(List.of(reportId)).get(reportId);
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
