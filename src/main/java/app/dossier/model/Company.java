package app.dossier.model;

import java.util.List;

/**
 * A company (or fund, lab, exchange) that reports talk about.
 * {@code products} are aliases that name a product standing for its maker (ChatGPT for OpenAI).
 * {@code kind} is a word of the registry's open vocabulary ("lab", "chip", "vc", ...; the analyst may add
 * one), so it stays a string; the two kinds the engine itself gives are {@link #SOURCE_KIND} and
 * {@link #OTHER_KIND}.
 */
public record Company(String id, String name, List<String> aliases, List<String> products, String kind,
                      CompanyOrigin origin) {
    /** A publisher, institute or data provider a report only cites ("据IT桔子数据显示"), not a company it is about. */
    public static final String SOURCE_KIND = "source";
    /** The kind of a company nothing says more about. */
    public static final String OTHER_KIND = "other";

    public Company {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** A name met in the reports only, known by nothing else: the registry's placeholder for it. */
    public static Company unknown(String id) {
        return new Company(id, id, List.of(), List.of(), null, CompanyOrigin.REGISTRY);
    }

    public boolean discovered() {
        return origin == CompanyOrigin.DISCOVERED;
    }

    public boolean citedSource() {
        return SOURCE_KIND.equals(kind);
    }
}
