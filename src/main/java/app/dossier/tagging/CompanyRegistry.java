package app.dossier.tagging;

import app.dossier.files.ShippedResource;
import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Ids;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The companies Dossier knows: the registry shipped with the app plus the user's own entries.
 * Besides the companies, it keeps what the JSON says about single names: which are also common words
 * ("ambiguous", matched only with evidence) and which longer words must not count as the name ("exclude").
 */
public final class CompanyRegistry {
    private static final String RESOURCE = "/tagging/companies.json";

    /** What the registry says about one surface form. */
    record AliasFlags(boolean ambiguous, boolean strictEvidence, boolean exactCase, List<String> exclude) {
        static final AliasFlags PLAIN = new AliasFlags(false, false, false, List.of());
    }

    private final List<Company> companies;
    private final Map<String, AliasFlags> flags;

    public CompanyRegistry(List<Company> companies) {
        this(companies, Map.of());
    }

    private CompanyRegistry(List<Company> companies, Map<String, AliasFlags> flags) {
        this.companies = List.copyOf(companies);
        this.flags = Map.copyOf(flags);
    }

    /** The registry shipped as a resource. */
    public static CompanyRegistry builtin() {
        return ShippedResource.read(RESOURCE, in -> fromJson(in, CompanyOrigin.REGISTRY));
    }

    /**
     * Reads a registry in the format of companies.json: {"companies":[{"name","kind","aliases","products"}]},
     * where an alias is a string or {"text", "ambiguous", "evidence": "strict", "case": "exact", "exclude": [...]}.
     */
    public static CompanyRegistry fromJson(InputStream in, CompanyOrigin origin) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<Company> list = new ArrayList<>();
        Map<String, AliasFlags> flags = new HashMap<>();
        for (JsonNode c : root.path("companies")) {
            String name = c.path("name").asText();
            Set<String> aliases = readForms(c.path("aliases"), flags);
            Set<String> products = readForms(c.path("products"), flags);
            aliases.remove(name);
            products.remove(name);
            aliases.removeAll(products);
            list.add(new Company(Ids.slug(name), name, List.copyOf(aliases), List.copyOf(products),
                    c.path("kind").asText(Company.OTHER_KIND), origin));
        }
        return new CompanyRegistry(list, flags);
    }

    private static Set<String> readForms(JsonNode array, Map<String, AliasFlags> flags) {
        Set<String> forms = new LinkedHashSet<>();
        for (JsonNode a : array) {
            if (a.isTextual()) {
                forms.add(a.asText());
                continue;
            }
            String text = a.path("text").asText();
            List<String> exclude = new ArrayList<>();
            a.path("exclude").forEach(x -> exclude.add(x.asText()));
            boolean strict = "strict".equals(a.path("evidence").asText());
            boolean exact = "exact".equals(a.path("case").asText());
            flags.put(text, new AliasFlags(a.path("ambiguous").asBoolean(false) || strict, strict, exact, List.copyOf(exclude)));
            forms.add(text);
        }
        return forms;
    }

    public List<Company> companies() {
        return companies;
    }

    /** Flags of a surface form; a user's "Apple" is as ambiguous as the shipped one. */
    AliasFlags flags(String form) {
        return flags.getOrDefault(form, AliasFlags.PLAIN);
    }

    /** A registry with these entries added (or replacing entries with the same id). */
    public CompanyRegistry with(List<Company> extra) {
        List<Company> all = new ArrayList<>(companies);
        for (Company c : extra) {
            all.removeIf(x -> x.id().equals(c.id()));
            all.add(c);
        }
        return new CompanyRegistry(all, flags);
    }
}
