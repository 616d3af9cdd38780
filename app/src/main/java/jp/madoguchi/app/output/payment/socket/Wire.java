package jp.madoguchi.app.output.payment.socket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How messages of the payment protocol are spelled: one JSON object per line with a {@code type}. Both ends use
 * this, so the kiosk and the simulator cannot drift apart; docs/payment.md is the contract for a vendor's daemon.
 */
public final class Wire {
    /** The protocol version this kiosk speaks; a daemon announcing another one is not used. */
    public static final int PROTOCOL = 1;
    /** Longest line either side accepts, in bytes; every message of the protocol is far shorter. */
    public static final int MAX_LINE = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wire() {}

    public static ObjectNode message(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    /** The object on {@code line}, or empty when it is not a JSON object with a text {@code type}. */
    public static Optional<JsonNode> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node != null && node.isObject() && node.path("type").isTextual() ? Optional.of(node)
                    : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    public static String type(JsonNode message) {
        return message.path("type").asText();
    }

    /** A text field, or null when absent or not text. */
    public static String text(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A whole-yen field; 0 when absent, negative or not a whole number (never trusted to be more). */
    public static int yen(JsonNode message, String field) {
        JsonNode value = message.get(field);
        return value != null && value.canConvertToInt() && value.isIntegralNumber() && value.asInt() >= 0
                ? value.asInt() : 0;
    }

    /** Writes {@code message} as one line; the caller serialises writers on the channel. */
    public static void send(WritableByteChannel channel, JsonNode message) throws IOException {
        sendRaw(channel, message.toString());
    }

    /** Writes {@code line} and a newline as they are (the simulator's {@code raw} uses this for bad input). */
    public static void sendRaw(WritableByteChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }
}
