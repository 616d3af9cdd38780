package jp.madoguchi.card.pcsc;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switches off SunPCSC's own GET RESPONSE and 6Cxx handling. By default its ChannelImpl answers a {@code 6Cxx} by
 * re-sending the command with the last byte replaced by {@code xx} — for a VERIFY that is a second VERIFY with a
 * changed PIN, which costs the resident a try — and chains {@code 61xx} up to 256 times. The kiosk's own decorators
 * do both, for reads only (docs/card.md, "A correct PIN never costs a try").
 *
 * <p>ChannelImpl reads the two properties once, when the class is first initialised (the first connect), so they
 * are set here before any {@code TerminalFactory} is asked for, whatever the JVM was started with. {@link #problem()}
 * then reads the values ChannelImpl actually holds: a JVM in which something connected earlier with the defaults
 * is refused, not trusted.
 */
public final class SunPcscSettings {
    static final List<String> PROPERTIES = List.of("sun.security.smartcardio.t0GetResponse",
            "sun.security.smartcardio.t1GetResponse");
    private static final String CHANNEL = "sun.security.smartcardio.ChannelImpl";
    private static final Logger LOG = LoggerFactory.getLogger(SunPcscSettings.class);
    private static volatile boolean warned;

    private SunPcscSettings() {}

    /** Sets both properties to false; idempotent. Call before the first {@code TerminalFactory}. */
    public static synchronized void apply() {
        PROPERTIES.forEach(p -> System.setProperty(p, "false"));
    }

    /**
     * {@link #apply()}, then what still stands in the way: empty when SunPCSC will send every command exactly once,
     * else why not. When ChannelImpl cannot be inspected (no {@code --add-opens}), the properties set here are
     * trusted: nothing in the kiosk connects before this runs.
     */
    public static synchronized Optional<String> problem() {
        apply();
        try {
            Class<?> channel = Class.forName(CHANNEL, true, SunPcscSettings.class.getClassLoader());
            for (String property : PROPERTIES) {
                Field field = channel.getDeclaredField(property.substring(property.lastIndexOf('.') + 1));
                field.setAccessible(true);
                if (field.getBoolean(null)) {
                    return Optional.of("SunPCSC was initialised with " + property + "=true before the kiosk could"
                            + " switch it off; it would re-send commands (a VERIFY among them) on its own");
                }
            }
            return Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Cannot inspect SunPCSC's response handling ({}); relying on {} set before the first "
                        + "connect. Start the JVM with --add-opens java.smartcardio/sun.security.smartcardio="
                        + "ALL-UNNAMED to have it checked", e.toString(), PROPERTIES);
            }
            return Optional.empty();
        }
    }
}
