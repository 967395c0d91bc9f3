package app.dossier.tagging;

import app.dossier.model.Mention;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A product word another company of the report puts its name before ("Tallis Copilot" where Tallis is a
 * discovered company) is that company's product there, not the registry maker's: every mention of the maker
 * through that product word in the report goes ("how big could Copilot get" means Tallis Copilot too).
 */
public final class OthersProducts {
    private OthersProducts() {
    }

    /** @param mentions registry and discovered mentions of one text, in text order */
    public static List<Mention> without(String text, List<Mention> mentions) {
        Set<String> othersWords = new HashSet<>();
        Mention previous = null;
        for (Mention m : mentions) {
            if (m.product() && previous != null && !previous.companyId().equals(m.companyId())
                    && previous.end() <= m.start() && m.start() - previous.end() <= 1
                    && text.substring(previous.end(), m.start()).isBlank()) {
                othersWords.add(m.text().toLowerCase(Locale.ROOT));
            }
            previous = m;
        }
        if (othersWords.isEmpty()) {
            return mentions;
        }
        return mentions.stream().filter(m -> !(m.product() && othersWords.contains(m.text().toLowerCase(Locale.ROOT)))).toList();
    }
}
