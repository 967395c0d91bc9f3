package app.dossier.library;

import app.dossier.model.Company;
import app.dossier.model.CompanyOrigin;
import app.dossier.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stock exchange named as where shares are listed is a reference, not a company of the report. */
class ExchangeVenueTest {
    private static Set<String> sources(String text, String name) {
        Company exchange = new Company("venue", name, List.of(), List.of(), "exchange", CompanyOrigin.REGISTRY);
        int at = text.indexOf(name);
        Mention m = new Mention("r1", exchange.id(), at, at + name.length(), name, false, false);
        return Sources.of(id -> text, List.of(m), Map.of(exchange.id(), exchange));
    }

    @Test
    void anExchangeWhereSharesAreListedIsAVenue() {
        assertEquals(Set.of("venue"), sources("Die Aktien der Kelvar AG sind seit 2021 an der Nordbörse notiert.", "Nordbörse"));
        assertEquals(Set.of("venue"), sources("Tessmar Labs plans to list on the Pacific Stock Exchange next spring.", "Pacific Stock Exchange"));
        assertEquals(Set.of("venue"), sources("本公司拟在创新板上市，募集资金用于研发。", "创新板"));
        assertEquals(Set.of("venue"), sources("公司B為一家於南港交易所上市的軟體企業。", "南港交易所"));
        assertEquals(Set.of("venue"), sources("Orvane Systems, Inc. (NORDEX: ORVN)", "NORDEX"));
    }

    @Test
    void anExchangeThatActsInTheStoryIsACompany() {
        assertEquals(Set.of(), sources("Die Nordbörse erhöht ihre Gebühren für Datenkunden um zwölf Prozent.", "Nordbörse"));
    }
}
