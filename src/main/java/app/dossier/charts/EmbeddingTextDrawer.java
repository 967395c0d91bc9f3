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
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
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
    private final List<Closeable> open = new ArrayList<>();
    private final Set<String> used = new LinkedHashSet<>();
    private boolean loaded;
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
        load(env.getDocument());
        for (PDFont font : fonts) {
            if (encodes(font, text.toString())) {
                current = font;
                break;
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
        load(env.getDocument());
        return current != null ? current : fonts.isEmpty() ? null : fonts.get(0);
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

    private void load(PDDocument doc) {
        if (loaded) {
            return;
        }
        loaded = true;
        for (Path file : files) {
            try {
                TrueTypeFont ttf = open(file);
                if (ttf != null) {
                    fonts.add(PDType0Font.load(doc, ttf, true));
                }
            } catch (IOException | RuntimeException e) {
                // a damaged or unsupported font file: try the next candidate
            }
        }
    }

    private TrueTypeFont open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            open.add(collection);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (first[0] == null && subsettable(ttf)) {
                    first[0] = ttf;
                }
            });
            return first[0];
        }
        TrueTypeFont ttf = name.endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        open.add(ttf);
        return subsettable(ttf) ? ttf : null;
    }

    private static boolean subsettable(TrueTypeFont ttf) {
        return !(ttf instanceof OpenTypeFont otf && otf.isPostScript());
    }

    @Override
    public void close() {
        super.close();
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing left to do with a font we are done with
            }
        }
        open.clear();
    }
}
