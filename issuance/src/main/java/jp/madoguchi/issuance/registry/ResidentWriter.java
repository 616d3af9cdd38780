package jp.madoguchi.issuance.registry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Resident} with the field names {@link ResidentParser} reads, so the registry file, a request's
 * inline facts and the registry protocol share one shape; {@code parse(write(r))} equals {@code r}. Defaults
 * ({@code householdHead: false}, nationality {@code JP}, seal {@code none}, no flags, no card date, no missing tax
 * record) are left out.
 */
public final class ResidentWriter {
    private ResidentWriter() {}

    public static ObjectNode write(Resident resident) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", resident.id());
        node.put("name", resident.name());
        node.put("birthDate", resident.birthDate().toString());
        node.put("address", resident.address().value());
        if (!resident.street().isEmpty()) {
            node.put("street", resident.street());
        }
        node.put("residentSince", resident.residentSince().toString());
        node.put("household", resident.householdId());
        if (resident.householdHead()) {
            node.put("householdHead", true);
        }
        resident.koseki().ifPresent(entry -> {
            ObjectNode koseki = node.putObject("koseki");
            koseki.put("id", entry.kosekiId());
            koseki.put("honseki", entry.honseki().value());
            if (entry.useRegistered()) {
                koseki.put("useRegistration", true);
            }
        });
        if (!resident.nationality().isJapanese()) {
            node.put("nationality", resident.nationality().country());
            resident.nationality().residenceStatus().ifPresent(status -> node.put("residenceStatus", status));
        }
        if (resident.seal() != SealRegistration.NONE) {
            node.put("seal", resident.seal().id());
        }
        if (!resident.flags().isEmpty()) {
            resident.flags().forEach(flag -> node.withArray("flags").add(flag.id()));
        }
        resident.cardSince().ifPresent(day -> node.put("cardSince", day.toString()));
        if (!resident.noTaxRecord().isEmpty()) {
            resident.noTaxRecord().stream().sorted().forEach(year -> node.withArray("noTaxRecord").add(year));
        }
        return node;
    }
}
