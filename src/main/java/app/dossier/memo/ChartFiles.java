package app.dossier.memo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for a Markdown memo's chart images beside it ("memo-burn-rate" + .png and .svg). A name is free when
 * neither file exists, or when the memo file being replaced links to it (an earlier export of the same memo,
 * whose pictures this one replaces); otherwise "-2", "-3"... is added, so nobody's file is overwritten.
 */
public final class ChartFiles {
    private static final Pattern IMAGE_LINK = Pattern.compile("!\\[[^\\]]*\\]\\(([^)\\s]+)\\.png\\)");

    private final Map<String, String> bases = new LinkedHashMap<>();
    private final String stem;

    private ChartFiles(String stem) {
        this.stem = stem;
    }

    static ChartFiles choose(Memo memo, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        List<String> ours = linkedImages(file);
        ChartFiles names = new ChartFiles(MemoMarkdown.stem(file));
        for (Memo.ChartPart c : memo.charts()) {
            if (!c.plotted()) {
                continue;
            }
            String wanted = names.stem + "-" + c.id();
            String base = wanted;
            for (int n = 2; !ours.contains(base) && taken(dir, base); n++) {
                base = wanted + "-" + n;
            }
            names.bases.put(c.id(), base);
        }
        return names;
    }

    private static boolean taken(Path dir, String base) {
        return Files.exists(dir.resolve(base + ".png")) || Files.exists(dir.resolve(base + ".svg"));
    }

    /** The images (without ending) a Markdown file already there links to; none when there is no such file. */
    private static List<String> linkedImages(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Matcher m = IMAGE_LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The file name of a chart's images, without ".png" or ".svg". */
    public String baseOf(String chartId) {
        return bases.getOrDefault(chartId, stem + "-" + chartId);
    }

    /** The PNG files written, by name. */
    public List<String> pictures() {
        return bases.values().stream().map(b -> b + ".png").toList();
    }

    /**
     * "memo-burn-rate.png was already there and is kept; this chart is memo-burn-rate-2.png", one clause per
     * renamed chart; empty when every chart has its usual name.
     */
    public String renamed() {
        List<String> clauses = bases.entrySet().stream().filter(e -> !e.getValue().equals(stem + "-" + e.getKey()))
                .map(e -> stem + "-" + e.getKey() + ".png was already there and is kept; this chart is "
                        + e.getValue() + ".png").toList();
        return String.join("; ", clauses);
    }
}
