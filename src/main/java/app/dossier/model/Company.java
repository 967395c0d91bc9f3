package app.dossier.model;

import java.util.List;

/**
 * A company (or fund, lab, exchange) that reports talk about.
 * {@code products} are aliases that name a product standing for its maker (ChatGPT for OpenAI).
 * {@code origin} is "registry", "user" or "discovered".
 */
public record Company(String id, String name, List<String> aliases, List<String> products, String kind, String origin) {
    public Company {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        products = products == null ? List.of() : List.copyOf(products);
    }
}
