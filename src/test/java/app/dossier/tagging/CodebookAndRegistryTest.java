package app.dossier.tagging;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Theme;
import app.dossier.model.ThemeOrigin;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodebookAndRegistryTest {
    @Test
    void codebookHasTheThreeThemesWithCuesInEveryLanguage() {
        List<Theme> themes = Codebook.builtin().themes();
        assertEquals(List.of("data-entropy", "orchestration-layer", "physical-world-ai"), themes.stream().map(Theme::id).toList());
        assertEquals(List.of("Data entropy", "Orchestration layer", "Physical-world AI"), themes.stream().map(Theme::name).toList());
        for (Theme t : themes) {
            assertTrue(t.description().length() > 40, t.id());
            assertEquals(ThemeOrigin.BUILTIN, t.origin());
            for (String lang : List.of("de", "en", "zh")) {
                assertTrue(t.cues().getOrDefault(lang, List.of()).size() >= 5, t.id() + " " + lang);
            }
        }
    }

    @Test
    void registryIsBroadWithUniqueIdsAndKnownKinds() {
        List<Company> companies = CompanyRegistry.builtin().companies();
        assertTrue(companies.size() >= 300, "only " + companies.size());
        Set<String> kinds = Set.of("lab", "bigtech", "startup", "chip", "robotics", "vc", "fund", "exchange", "research", "media", "other");
        Set<String> ids = new HashSet<>();
        for (Company c : companies) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertTrue(kinds.contains(c.kind()), c.name() + " " + c.kind());
            assertEquals(CompanyOrigin.REGISTRY, c.origin());
        }
    }

    @Test
    void noSpellingBelongsToTwoCompanies() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (Company c : CompanyRegistry.builtin().companies()) {
            List<String> forms = new java.util.ArrayList<>(c.aliases());
            forms.addAll(c.products());
            forms.add(c.name());
            for (String form : new HashSet<>(forms)) {
                String key = CompanyMatcher.compact(CharFolding.fold(form));
                String previous = owner.put(key, c.id());
                assertTrue(previous == null || previous.equals(c.id()), form + " in " + previous + " and " + c.id());
            }
        }
    }

    @Test
    void chineseAliasesComeInBothScriptsAndProductsAreSeparate() {
        Company zhipu = company("zhipu-ai");
        assertTrue(zhipu.aliases().containsAll(List.of("智谱", "智譜")));
        Company openai = company("openai");
        assertTrue(openai.products().contains("ChatGPT"));
        assertTrue(!openai.aliases().contains("ChatGPT"));
        assertTrue(company("bytedance").aliases().containsAll(List.of("字节跳动", "字節跳動")));
    }

    @Test
    void commonWordNamesAreFlaggedAmbiguous() {
        CompanyRegistry registry = CompanyRegistry.builtin();
        for (String word : List.of("Basis", "Meta", "Runway", "fal", "Notion", "X", "Inflection", "Apple", "Adept",
                "Jasper", "Cursor", "Windsurf", "Mistral", "Perplexity", "Scale", "Together", "Replit", "Harvey")) {
            assertTrue(registry.flags(word).ambiguous(), word);
        }
    }

    private static Company company(String id) {
        return CompanyRegistry.builtin().companies().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
