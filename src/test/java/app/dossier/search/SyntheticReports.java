package app.dossier.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated reports for the benchmark: German/English-like text over a Zipf-distributed vocabulary of
 * invented words, and Chinese-like text over common Han characters, a few KB each.
 */
final class SyntheticReports {
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "del", "an", "ter", "schaft", "ung", "markt",
            "plat", "form", "da", "ten", "ver", "kauf", "in", "vest", "or", "ge", "win", "net", "work", "lo", "gic",
            "sys", "tem", "re", "port", "fi", "nanz", "be", "trieb", "cloud", "chip", "ro", "bot", "ag", "ent"};
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
            + "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
            + "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明"
            + "看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位"
            + "入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被"
            + "干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权"
            + "收證據機構華語資訊軟體網絡開發團隊營運數據雲端晶片融資";

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    SyntheticReports(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder word = new StringBuilder();
            int parts = 2 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(word.toString());
        }
    }

    /** A word of the vocabulary, frequent ones more often (rank ~ Zipf). */
    String word() {
        double u = random.nextDouble();
        int rank = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(), u)) - 1);
        return vocabulary.get(Math.max(0, rank));
    }

    String hanWord() {
        int length = 2 + random.nextInt(2);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int index = (int) Math.min(HAN.length() - 1, Math.floor(Math.pow(HAN.length(), random.nextDouble())) - 1);
            word.append(HAN.charAt(Math.max(0, index)));
        }
        return word.toString();
    }

    /** About targetChars characters of text; one report in four is Chinese. */
    String text(int targetChars) {
        boolean chinese = random.nextInt(4) == 0;
        StringBuilder text = new StringBuilder(targetChars + 100);
        while (text.length() < targetChars) {
            int words = 6 + random.nextInt(14);
            for (int i = 0; i < words; i++) {
                if (chinese) {
                    text.append(random.nextInt(8) == 0 ? " " + word() + " " : hanWord());
                } else {
                    String word = word();
                    text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                    text.append(i + 1 < words ? " " : "");
                }
            }
            text.append(chinese ? "。" : ". ");
            if (random.nextInt(6) == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
