package app.dossier.figures;

import app.dossier.model.Figure;
import app.dossier.model.Mention;
import app.dossier.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cue words matched as their language means them; invented sentences. */
class FirstPersonAndCashCuesTest {
    private static final CueBook CUES = CueBook.builtin();

    private static boolean firstPerson(String s) {
        return CUES.hasFirstPerson(s, 0, s.length());
    }

    @Test
    void usInCapitalsIsTheCountryNotTheFirstPerson() {
        assertFalse(firstPerson("Die Runde brachte 80 Millionen US-Dollar."), "US-Dollar");
        assertFalse(firstPerson("Growth in the US market slowed."), "the US market");
        assertTrue(firstPerson("The board asked us to wait."), "us");
        assertTrue(firstPerson("Im Mai haben wir die Serie A abgeschlossen."), "wir");
    }

    @Test
    void moneyInTheTillIsCash() {
        String text = "Die Firma Orlenko Robotics verbrennt monatlich 3 Millionen Euro. Ende Juni lagen noch 41 Millionen Euro in der Kasse.";
        int at = text.indexOf("Orlenko Robotics");
        List<Figure> figures = new FigureExtractor().extract(text, "de",
                List.of(new Mention(null, "orlenko", at, at + "Orlenko Robotics".length(), "Orlenko Robotics", false, false)));
        assertTrue(figures.stream().anyMatch(f -> Metric.CASH.equals(f.metric()) && f.value() == 41e6), figures.toString());
        assertEquals(Metric.BURN, figures.get(0).metric());
    }
}
