package app.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * "Bare Lucene" for benchmarks: the same texts in a StandardAnalyzer index (text stored, like
 * {@link app.dossier.search.SearchIndex}) searched with the classic query parser, no folding, no snippets. Usage:
 * {@code create(dir)}, {@code add(..)} each text, {@code commit()}, then {@code search(..)}.
 */
public final class LuceneBaseline implements AutoCloseable {
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    private LuceneBaseline(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** A new, empty baseline index in directory (an existing one there is overwritten). */
    public static LuceneBaseline create(Path directory) throws IOException {
        Files.createDirectories(directory);
        FSDirectory dir = FSDirectory.open(directory);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        return new LuceneBaseline(dir, new IndexWriter(dir, config));
    }

    public void add(String id, String text) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.YES));
        writer.addDocument(doc);
    }

    public void commit() throws IOException {
        writer.commit();
        DirectoryReader fresh = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            if (reader != null) {
                reader.close();
            }
            reader = fresh;
            searcher = new IndexSearcher(reader);
        }
    }

    /** Runs a query (escaped when it does not parse), reads the ids of the top hits, returns their number. */
    public int search(String query, int limit) throws IOException {
        if (searcher == null) {
            commit();
        }
        Query parsed;
        QueryParser parser = new QueryParser("text", analyzer);
        try {
            parsed = parser.parse(query);
        } catch (ParseException e) {
            try {
                parsed = parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                return 0;
            }
        }
        TopDocs top = searcher.search(parsed, limit);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            searcher.storedFields().document(scoreDoc.doc).get("id");
        }
        return top.scoreDocs.length;
    }

    @Override
    public void close() throws IOException {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.close();
        } finally {
            directory.close();
        }
    }
}
