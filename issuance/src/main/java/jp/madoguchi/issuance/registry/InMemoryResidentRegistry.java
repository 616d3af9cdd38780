package jp.madoguchi.issuance.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.json.JsonInput;

/**
 * An immutable registry held in memory, read from a YAML or JSON file of {@code residents:}. Besides the resident
 * fields, an entry may name its card ({@value #CARD_SUBJECT}: the subject CN of the card's 利用者証明用
 * certificate). The bundled sample ({@link #bundledSample()}) is the kiosk's default until a real registry adapter
 * is connected.
 */
public final class InMemoryResidentRegistry implements ResidentRegistry {
    public static final String SAMPLE = "jp/madoguchi/issuance/samples/registry/residents.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The registry file's per-resident field naming the card: the subject CN of its 利用者証明用 certificate. */
    public static final String CARD_SUBJECT = "cardSubject";
    private static final List<String> FILE_FIELDS = fileFields();

    private final Map<String, Resident> byId;
    private final Map<String, String> idByCardSubject;

    private InMemoryResidentRegistry(Map<String, Resident> byId, Map<String, String> idByCardSubject) {
        this.byId = byId;
        this.idByCardSubject = idByCardSubject;
    }

    public static InMemoryResidentRegistry of(Collection<Resident> residents) {
        return of(residents, Map.of());
    }

    /** @param cardSubjects card subject CN → resident id; each id must be a resident, each CN used once */
    public static InMemoryResidentRegistry of(Collection<Resident> residents, Map<String, String> cardSubjects) {
        Map<String, Resident> byId = new LinkedHashMap<>();
        for (Resident resident : residents) {
            if (byId.put(resident.id(), resident) != null) {
                throw new InputException("resident id '" + resident.id() + "' is used twice");
            }
        }
        checkHeads(byId.values());
        cardSubjects.forEach((subject, id) -> {
            if (!byId.containsKey(id)) {
                throw new InputException("card subject '" + subject + "' names no resident ('" + id + "')");
            }
        });
        return new InMemoryResidentRegistry(Collections.unmodifiableMap(byId), Map.copyOf(cardSubjects));
    }

    /** Reads {@code residents: [...]}; YAML is a superset of JSON, so one reader serves both. */
    public static InMemoryResidentRegistry read(InputStream in) throws IOException {
        JsonNode root = YAML.readTree(in);
        JsonInput file = JsonInput.object(root, "registry", List.of("residents"));
        JsonNode list = file.raw("residents");
        if (list == null || !list.isArray()) {
            throw new InputException("registry.residents must be a list");
        }
        List<Resident> residents = new ArrayList<>();
        Map<String, String> cardSubjects = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonInput entry = JsonInput.object(list.get(i), "residents[" + i + "]", FILE_FIELDS);
            Resident resident = ResidentParser.parse(entry);
            residents.add(resident);
            entry.optionalText(CARD_SUBJECT).ifPresent(subject -> {
                if (cardSubjects.put(subject, resident.id()) != null) {
                    throw new InputException(entry.path(CARD_SUBJECT) + ": card subject '" + subject
                            + "' is used twice");
                }
            });
        }
        return of(residents, cardSubjects);
    }

    public static InMemoryResidentRegistry bundledSample() {
        try (InputStream in = InMemoryResidentRegistry.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample registry missing: " + SAMPLE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Resident> find(String residentId) {
        return Optional.ofNullable(byId.get(residentId));
    }

    @Override
    public Optional<Resident> findByCardSubject(String cardSubject) {
        return Optional.ofNullable(idByCardSubject.get(cardSubject)).map(byId::get);
    }

    @Override
    public List<Resident> household(String householdId) {
        return byId.values().stream().filter(r -> r.householdId().equals(householdId)).toList();
    }

    @Override
    public List<Resident> koseki(String kosekiId) {
        return byId.values().stream()
                .filter(r -> r.koseki().map(entry -> entry.kosekiId().equals(kosekiId)).orElse(false))
                .toList();
    }

    public Collection<Resident> residents() {
        return byId.values();
    }

    private static List<String> fileFields() {
        List<String> fields = new ArrayList<>(ResidentParser.FIELDS);
        fields.add(CARD_SUBJECT);
        return List.copyOf(fields);
    }

    /** A household has exactly one 世帯主; a registry that says otherwise is wrong, not merely unusual. */
    private static void checkHeads(Collection<Resident> residents) {
        Map<String, Long> heads = new LinkedHashMap<>();
        residents.forEach(r -> heads.merge(r.householdId(), r.householdHead() ? 1L : 0L, Long::sum));
        heads.forEach((household, count) -> {
            if (count != 1) {
                throw new InputException("household '" + household + "' has " + count
                        + " heads (世帯主); it needs exactly one");
            }
        });
    }
}
