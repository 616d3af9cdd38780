package jp.madoguchi.app.kiosk.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * SAMPLE DATA: the municipal account balances (yen a municipality owes a resident, e.g. an overpaid fee) that a
 * municipality's server would answer, keyed {@code residentId.municipalityCode}, from
 * {@code sample-municipal-accounts.properties}. Stands in like the sample registry until a real adapter exists.
 */
final class SampleBalances {
    private static final String RESOURCE = "sample-municipal-accounts.properties";
    private final Map<String, Integer> owed;

    SampleBalances(Map<String, Integer> owed) {
        this.owed = Map.copyOf(owed);
    }

    static SampleBalances load() {
        try (InputStream in = SampleBalances.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Integer> owed = new TreeMap<>();
            properties.forEach((key, value) -> owed.put(key.toString(), Integer.parseInt(value.toString().trim())));
            return new SampleBalances(owed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int owedTo(String residentId, MunicipalityCode municipality) {
        return owed.getOrDefault(residentId + "." + municipality.value(), 0);
    }
}
