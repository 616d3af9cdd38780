package jp.madoguchi.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The kiosk's logging, set up in code (found by Logback through {@code META-INF/services}) rather than from an XML
 * file, so a start does not load an XML parser and Logback's configuration interpreter before the first screen.
 * One appender to stderr (stdout stays machine-readable; journald takes stderr under systemd) with the
 * {@link KioskLogEncoder}: {@code MADOGUCHI_LOG_FORMAT=json} gives one JSON object per event, the visit id in its
 * {@code mdc}; the human pattern is the default. {@code MADOGUCHI_LOG} sets the kiosk's own level (default WARN).
 * An operator's {@code -Dlogback.configurationFile=FILE} still wins. No line carries a name, a PIN, a 個人番号 or a
 * card serial.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class KioskLogConfigurator extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20}%replace( [%X{visit}]){' \\[\\]', ''} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        KioskLogEncoder encoder = new KioskLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(env("MADOGUCHI_LOG_FORMAT", "human"));
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("jp.madoguchi").setLevel(Level.toLevel(env("MADOGUCHI_LOG", "WARN"), Level.WARN));
        // IPAex Gothic has a format 14 cmap (variation sequences) that fontbox skips with a warning on every load;
        // documents never use variation selectors.
        context.getLogger("org.apache.fontbox.ttf.CmapSubtable").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
