package app.dossier.charts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes chart text into the PDF as real, extractable text with subset-embedded fonts: for each run the
 * first installed font that has all its glyphs. Runs no font can show are drawn as shapes (still vector,
 * not extractable). Fonts PDFBox cannot subset (CFF outlines, as in the Noto CJK collections) are skipped.
 */
final class EmbeddingTextDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private final List<Path> files;
    private final List<PDFont> fonts = new ArrayList<>();
    private final Set<String> used = new LinkedHashSet<>();
    private int nextFile;
    private boolean shapesDrawn;
    private PDFont current;

    EmbeddingTextDrawer(List<Path> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
            throws IOException, FontFormatException {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        iterator.first();
        current = null;
        String run = text.toString();
        for (int i = 0; current == null && fontAt(i, env.getDocument()) != null; i++) {
            if (encodes(fonts.get(i), run)) {
                current = fonts.get(i);
            }
        }
        boolean ok = current != null && super.canDrawText(iterator, env);
        if (ok) {
            used.add(current.getName());
        } else {
            shapesDrawn = true;
        }
        return ok;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        return current != null ? current : fontAt(0, env.getDocument());
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    /** Names of the fonts embedded so far. */
    Set<String> usedFonts() {
        return used;
    }

    /** True when some text had to be drawn as outlines. */
    boolean drewShapes() {
        return shapesDrawn;
    }

    private static boolean encodes(PDFont font, String text) {
        try {
            font.encode(text.replace('\u00A0', ' '));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The i-th usable font, loading candidates only as far as needed: parsing a CJK font takes a while. */
    private PDFont fontAt(int i, PDDocument doc) {
        while (fonts.size() <= i && nextFile < files.size()) {
            Path file = files.get(nextFile++);
            try {
                TrueTypeFont ttf = open(file);
                if (ttf != null) {
                    fonts.add(PDType0Font.load(doc, ttf, true));
                }
            } catch (IOException | RuntimeException e) {
                // a damaged or unsupported font file: try the next candidate
            }
        }
        return i < fonts.size() ? fonts.get(i) : null;
    }

    /**
     * Parsed font files, kept for the life of the application: opening a CJK collection takes most of a
     * second, a chart export should not. PDFBox fonts are not thread-safe, hence {@link #LOCK}.
     */
    private static final Map<Path, Optional<TrueTypeFont>> PARSED = new HashMap<>();
    static final Object LOCK = new Object();

    static TrueTypeFont open(Path file) throws IOException {
        synchronized (LOCK) {
            Optional<TrueTypeFont> known = PARSED.get(file);
            if (known == null) {
                known = Optional.ofNullable(parse(file));
                PARSED.put(file, known);
            }
            return known.orElse(null);
        }
    }

    private static TrueTypeFont parse(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null && subsettable(ttf)) {
                    first[0] = ttf;
                }
            });
            if (first[0] == null) {
                collection.close();
            }
            return first[0];
        }
        TrueTypeFont ttf = name.endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        if (!subsettable(ttf)) {
            ttf.close();
            return null;
        }
        return ttf;
    }

    private static boolean subsettable(TrueTypeFont ttf) {
        return !(ttf instanceof OpenTypeFont otf && otf.isPostScript());
    }
}
