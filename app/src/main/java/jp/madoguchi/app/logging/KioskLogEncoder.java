package jp.madoguchi.app.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.util.Locale;

/**
 * The one encoder of the kiosk's logging ({@link KioskLogConfigurator}): {@code human} (the pattern, the default) or {@code json} (Logback's own
 * {@link JsonEncoder}: one object per event, the visit id in its {@code mdc}, the journal's head
 * from {@link JournalHeadLog}), chosen by
 * {@code MADOGUCHI_LOG_FORMAT}. One appender either way, so Logback has nothing unused to warn about at start.
 */
public final class KioskLogEncoder extends EncoderBase<ILoggingEvent> {
    private String format = "human";
    private String pattern = "%msg%n";
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format.trim().toLowerCase(Locale.ROOT);
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        if (format.equals("json")) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(getContext());
            // The message as read, not its pattern and arguments; no per-line copy of the logger context.
            json.setWithFormattedMessage(true);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithContext(false);
            json.setWithNanoseconds(false);
            json.setWithSequenceNumber(false);
            delegate = json;
        } else {
            if (!format.equals("human")) {
                addError("MADOGUCHI_LOG_FORMAT '" + format + "' is neither human nor json; writing human lines");
            }
            PatternLayoutEncoder human = new PatternLayoutEncoder();
            human.setContext(getContext());
            human.setPattern(pattern);
            delegate = human;
        }
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] line = delegate.encode(event);
        return format.equals("json") ? JournalHeadLog.append(line) : line;
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
