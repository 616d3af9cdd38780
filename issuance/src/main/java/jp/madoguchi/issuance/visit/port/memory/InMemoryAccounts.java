package jp.madoguchi.issuance.visit.port.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountPort;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.SerialHash;

/** Statements put by hand per card hash, resident id and municipality; any other key has an empty account. */
public final class InMemoryAccounts implements AccountPort {
    private record Key(SerialHash card, String residentId, MunicipalityCode municipality) {}

    private final Map<Key, AccountStatement> statements = new ConcurrentHashMap<>();

    public InMemoryAccounts put(SerialHash card, String residentId, MunicipalityCode municipality,
            AccountStatement statement) {
        statements.put(new Key(card, residentId, municipality), statement);
        return this;
    }

    @Override
    public AccountStatement statement(SerialHash card, String residentId, MunicipalityCode municipality) {
        return statements.getOrDefault(new Key(card, residentId, municipality), AccountStatement.EMPTY);
    }
}
