package jp.madoguchi.card.virtual.pcsc;

import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactorySpi;

/**
 * Hands out the {@link VirtualTerminals} given as the factory's params. Public with a public
 * {@code (Object)} constructor because {@link java.security.Provider} instantiates it by reflection.
 */
public final class VirtualTerminalFactorySpi extends TerminalFactorySpi {
    private final VirtualTerminals terminals;

    public VirtualTerminalFactorySpi(Object params) {
        if (!(params instanceof VirtualTerminals given)) {
            throw new IllegalArgumentException("params must be the VirtualTerminals to present, got " + params);
        }
        this.terminals = given;
    }

    @Override
    protected CardTerminals engineTerminals() {
        return terminals;
    }
}
