package jp.madoguchi.card.pcsc;

import java.lang.reflect.Field;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SunPCSC establishes one static PC/SC context per JVM and never re-establishes it: after pcscd restarts
 * every call fails with SCARD_E_NO_SERVICE forever (docs/card.md, javax.smartcardio on Linux). Clearing {@code contextId} and the
 * cached terminals makes the next {@code TerminalFactory.getInstance("PC/SC")} establish a new one.
 * Needs {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED} (the launcher and the
 * test JVMs pass it); without it the kiosk says so once and a supervisor restart is the fallback.
 */
final class PcscContextReset {
    private static final Logger LOG = LoggerFactory.getLogger(PcscContextReset.class);
    private static volatile boolean warned;

    private PcscContextReset() {}

    static synchronized boolean reset() {
        try {
            Class<?> terminals = Class.forName("sun.security.smartcardio.PCSCTerminals");
            Field context = terminals.getDeclaredField("contextId");
            context.setAccessible(true);
            Field cache = terminals.getDeclaredField("terminals");
            cache.setAccessible(true);
            // PCSCTerminals guards both statics with its class lock (static synchronized methods).
            synchronized (terminals) {
                context.setLong(null, 0L);
                ((Map<?, ?>) cache.get(null)).clear();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Cannot reset the PC/SC context ({}); after a pcscd restart the kiosk must be restarted. "
                        + "Start the JVM with --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED", e.toString());
            }
            return false;
        }
    }
}
