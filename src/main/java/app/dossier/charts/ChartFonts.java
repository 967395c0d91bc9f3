package app.dossier.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The fonts chart text is drawn with. Labels mix Latin and Chinese, so a family that shows both is
 * preferred; PDFs need font files PDFBox can embed (see charts/fonts.json for the candidates).
 */
public final class ChartFonts {
    private static final String RESOURCE = "/charts/fonts.json";
    private static final String PROBE = "A智譜";
    private static final String FALLBACK_FAMILY = Font.SANS_SERIF;
    private static volatile ChartFonts system;

    private final String family;
    private final List<Path> pdfFontFiles;

    ChartFonts(String family, List<Path> pdfFontFiles) {
        this.family = family;
        this.pdfFontFiles = List.copyOf(pdfFontFiles);
    }

    /** Looks the installed fonts up once per run. */
    public static ChartFonts system() {
        ChartFonts s = system;
        if (s == null) {
            synchronized (ChartFonts.class) {
                if (system == null) {
                    system = discover();
                }
                s = system;
            }
        }
        return s;
    }

    /** The family used for all chart text; the logical SansSerif font when no preferred one is installed. */
    public String family() {
        return family;
    }

    /** True when the chosen family itself draws Chinese (SansSerif may still, through the JDK's fallbacks). */
    public boolean hasCjkFamily() {
        return !FALLBACK_FAMILY.equals(family);
    }

    public Font font(int style, float size) {
        return new Font(family, style, Math.round(size)).deriveFont(style, size);
    }

    /** Installed font files PDF text may be embedded with, best first. Empty: PDF text is drawn as shapes. */
    public List<Path> pdfFontFiles() {
        return pdfFontFiles;
    }

    private static ChartFonts discover() {
        JsonNode config = config();
        Set<String> installed = new HashSet<>(Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        String family = FALLBACK_FAMILY;
        for (JsonNode f : config.path("families")) {
            String name = f.asText();
            if (installed.contains(name) && new Font(name, Font.PLAIN, 12).canDisplayUpTo(PROBE) == -1) {
                family = name;
                break;
            }
        }
        return new ChartFonts(family, findFiles(config));
    }

    private static List<Path> findFiles(JsonNode config) {
        Map<String, Path> byName = new LinkedHashMap<>();
        config.path("pdfFiles").forEach(n -> byName.put(n.asText().toLowerCase(java.util.Locale.ROOT), null));
        for (JsonNode dir : config.path("fontDirs")) {
            Path root = Path.of(dir.asText().replaceFirst("^~", System.getProperty("user.home").replace("\\", "/")));
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root, 5)) {
                files.forEach(p -> {
                    String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                    if (byName.containsKey(name) && byName.get(name) == null) {
                        byName.put(name, p);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // an unreadable font folder only means fewer candidates
            }
        }
        List<Path> found = new ArrayList<>();
        byName.values().stream().filter(p -> p != null).forEach(found::add);
        return found;
    }

    private static JsonNode config() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
