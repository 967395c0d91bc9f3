package app.dossier.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Did-you-mean for company names: Lucene's {@link DirectSpellChecker} (Levenshtein automata, transpositions
 * counted as one edit, so "Antrhopic" is one edit from "Anthropic") over a small in-memory index holding
 * each word of every company form once, lower-cased. The library's own index is not the dictionary: its
 * terms are stemmed and folded, and a correction must be shown as the name is written.
 */
final class NameSpelling {
    private static final String FIELD = "word";
    /** Shorter words have too many neighbours one edit away to correct them with confidence. */
    private static final int MIN_WORD_LENGTH = 4;

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final Map<String, String> asWritten = new HashMap<>();
    private final DirectoryReader reader;

    NameSpelling(List<String> forms) {
        checker.setMinQueryLength(MIN_WORD_LENGTH);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
            for (String form : forms) {
                for (String word : form.split("[^\\p{L}\\p{N}]+")) {
                    String key = word.toLowerCase(Locale.ROOT);
                    if (key.length() >= MIN_WORD_LENGTH && word.chars().allMatch(c -> c < 0x2E80)
                            && asWritten.putIfAbsent(key, word) == null) {
                        Document doc = new Document();
                        doc.add(new StringField(FIELD, key, Field.Store.NO));
                        writer.addDocument(doc);
                    }
                }
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name word closest to word as the registry writes it; null when word is itself one or none is close. */
    String closest(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.length() < MIN_WORD_LENGTH || asWritten.containsKey(key)) {
            return null;
        }
        try {
            SuggestWord[] found = checker.suggestSimilar(new Term(FIELD, key), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return found.length == 0 ? null : asWritten.get(found[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
