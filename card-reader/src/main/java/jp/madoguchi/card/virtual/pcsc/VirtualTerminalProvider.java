package jp.madoguchi.card.virtual.pcsc;

import java.security.Provider;

/**
 * The JCA provider behind {@link VirtualTerminals#factory()}. It is passed to
 * {@code TerminalFactory.getInstance(type, params, provider)} directly and never registered with
 * {@code Security.addProvider}, so nothing global changes. It registers the type {@value #TYPE}, so code that
 * checks {@code factory.getType()} cannot tell it from SunPCSC.
 */
public final class VirtualTerminalProvider extends Provider {
    private static final long serialVersionUID = 1L;
    public static final String TYPE = "PC/SC";

    public VirtualTerminalProvider() {
        super("MadoguchiVirtualPCSC", "1.0", "Virtual My Number card readers (TEST AND DEMO ONLY)");
        put("TerminalFactory." + TYPE, VirtualTerminalFactorySpi.class.getName());
    }
}
