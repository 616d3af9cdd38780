package jp.madoguchi.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The two log formats the kiosk writes, through a real Logback context. */
class KioskLogEncoderTest {
    private static final String PATTERN = "%-5level %logger{20}%replace( [%X{visit}]){' \\[\\]', ''} - %msg%n";

    @Test
    void jsonIsOneObjectPerLineWithTheVisitAndTheMessageAsRead() throws Exception {
        String line = log("json", "V-0123456789abcdef", "Out of service: {}", "[printer]");

        JsonNode event = new ObjectMapper().readTree(line);
        assertThat(event.get("level").asText()).isEqualTo("WARN");
        assertThat(event.get("mdc").get("visit").asText()).isEqualTo("V-0123456789abcdef");
        assertThat(event.get("formattedMessage").asText()).isEqualTo("Out of service: [printer]");
        assertThat(event.has("arguments")).isFalse();
        assertThat(line.strip()).doesNotContain("\n");
    }

    @Test
    void everyJsonLineCarriesTheJournalsHeadSoTheFleetHoldsItApartFromTheKiosk() throws Exception {
        String head = "ab".repeat(32);
        JournalHeadLog.set(42, head);

        JsonNode event = new ObjectMapper().readTree(log("json", null, "paid {}", 400));

        assertThat(event.get("journal").get("records").asLong()).isEqualTo(42);
        assertThat(event.get("journal").get("head").asText()).isEqualTo(head);
        assertThat(log("human", null, "paid {}", 400)).doesNotContain(head);
    }

    @Test
    void humanLinesNameTheVisitOnlyWhenThereIsOne() {
        assertThat(log("human", "V-0123456789abcdef", "paid {}", 400))
                .isEqualTo("WARN  kiosk [V-0123456789abcdef] - paid 400\n");
        assertThat(log("human", null, "paid {}", 400)).isEqualTo("WARN  kiosk - paid 400\n");
        assertThat(log("xml", null, "paid {}", 400)).as("an unknown format writes human lines")
                .isEqualTo("WARN  kiosk - paid 400\n");
    }

    private static String log(String format, String visit, String message, Object argument) {
        // The running context: MDC belongs to it; the logger is the test's own and logs nowhere else.
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        KioskLogEncoder encoder = new KioskLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setPattern(PATTERN);
        encoder.start();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(bytes);
        appender.start();
        Logger logger = context.getLogger("kiosk");
        logger.setAdditive(false);
        logger.detachAndStopAllAppenders();
        logger.addAppender(appender);
        if (visit != null) {
            MDC.put("visit", visit);
        }
        try {
            logger.warn(message, argument);
        } finally {
            MDC.remove("visit");
            appender.stop();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
