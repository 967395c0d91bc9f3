package app.dossier.figures;

import app.dossier.model.Figure;

import java.util.List;

/** Finding an expected figure in what was read, with every figure listed when it is missing. */
final class FigureAssertions {
    private FigureAssertions() {
    }

    static Figure find(List<Figure> figures, String company, String metric, double value) {
        return figures.stream().filter(f -> company.equals(f.companyId()) && metric.equals(f.metric())
                        && Math.abs(f.value() - value) <= value * 0.001).findFirst()
                .orElseThrow(() -> new AssertionError("no " + company + " " + metric + " " + value + " in "
                        + figures.stream().map(SeedReportsFiguresTest::describe).toList()));
    }
}
