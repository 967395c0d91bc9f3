package app.dossier.figures;

import app.dossier.model.Figure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debug aid (not a test): prints every figure read from the seed reports. */
final class DumpFigures {
    public static void main(String[] args) throws Exception {
        Path shared = Path.of("../shared");
        JsonNode golden = new ObjectMapper().readTree(shared.resolve("golden/seeds.json").toFile());
        var names = SeedReportsFiguresTest.registryNames(golden);
        for (JsonNode report : golden.get("reports")) {
            String raw = Files.readString(shared.resolve("reports").resolve(report.get("file").asText()));
            String text = args.length > 0 && args[0].equals("raw") ? raw : SeedReportsFiguresTest.normalise(raw);
            System.out.println("== " + report.get("file").asText());
            for (Figure f : new FigureExtractor().extract(text, report.get("language").asText(), SeedReportsFiguresTest.mentions(text, names))) {
                System.out.println("  " + SeedReportsFiguresTest.describe(f));
            }
        }
    }
}
