package app.dossier.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The short sample reports shipped in assets/samples, offered on first start. */
final class SampleReports {
    static final List<String> NAMES = List.of("de-ki-infrastruktur.md", "en-runway-check.md", "zh-hans-jushen.md",
            "zh-hant-zhipu.md");

    private SampleReports() {
    }

    /** Copies the samples to a temporary folder, from where they are imported like any file. */
    static List<Path> extract() throws IOException {
        Path dir = Files.createTempDirectory("dossier-samples");
        List<Path> out = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = SampleReports.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) {
                    throw new IOException("the sample " + name + " is missing from this build");
                }
                Path target = dir.resolve(name);
                Files.copy(in, target);
                out.add(target);
            }
        }
        return out;
    }
}
