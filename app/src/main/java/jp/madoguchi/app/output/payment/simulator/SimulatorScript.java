package jp.madoguchi.app.output.payment.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The simulator's script, one rule or command per line (docs/payment.md): {@code on demand: insert 100; insert 500},
 * {@code on refund: fault out-of-change}, {@code after paid: fault door-open}, or a bare command list such as
 * {@code clear} to run at once. Each rule fires once, the first unused one for its trigger; a trigger without one
 * does what a healthy unit does. {@code #} starts a comment.
 */
public final class SimulatorScript {
    /** When a rule fires: a connection, a demand, a cancel, a refund, or a payment just completed. */
    public enum Trigger { CONNECT, DEMAND, CANCEL, REFUND, PAID }

    /** One thing the simulated unit does. */
    public sealed interface Action {}

    /** A coin or note goes in. */
    public record Insert(int yen) implements Action {}

    /** The unit pays in ¥1000 notes until the amount due is covered (what the default demand does). */
    public record Cover() implements Action {}

    public record Fault(String fault, String text) implements Action {}

    public record Clear() implements Action {}

    public record Wait(long millis) implements Action {}

    /** Closes the kiosk's connection, as a crashed daemon would. */
    public record Disconnect() implements Action {}

    /** Sends {@code line} as it is: bad input for the kiosk's reader. */
    public record Raw(String line) implements Action {}

    /** Sends a line of {@code bytes} bytes: longer than the kiosk accepts when over 4096. */
    public record Noise(int bytes) implements Action {}

    public record Rule(Trigger trigger, List<Action> actions) {}

    /** A line: a rule, or (empty trigger) commands to run now. */
    public record Line(Optional<Trigger> trigger, List<Action> actions) {}

    private SimulatorScript() {}

    public static List<Rule> parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        int number = 0;
        for (String text : lines) {
            number++;
            try {
                parseLine(text).ifPresent(line -> line.trigger().ifPresentOrElse(
                        t -> rules.add(new Rule(t, line.actions())), () -> {
                            throw new IllegalArgumentException("a script line needs 'on <state>:' or 'after paid:'");
                        }));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return rules;
    }

    /** One line of a script or of stdin; empty for a blank line or a comment. */
    public static Optional<Line> parseLine(String text) {
        String line = text.replaceFirst("#.*", "").strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Optional<Trigger> trigger = Optional.empty();
        int colon = line.indexOf(':');
        String head = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("on ") || head.startsWith("after ")) {
            trigger = Optional.of(trigger(head));
            line = line.substring(colon + 1);
        }
        List<Action> actions = Arrays.stream(line.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .map(SimulatorScript::action).toList();
        return Optional.of(new Line(trigger, actions));
    }

    private static Trigger trigger(String head) {
        return switch (head.replaceAll("\\s+", " ")) {
            case "on connect" -> Trigger.CONNECT;
            case "on demand" -> Trigger.DEMAND;
            case "on cancel" -> Trigger.CANCEL;
            case "on refund" -> Trigger.REFUND;
            case "after paid" -> Trigger.PAID;
            default -> throw new IllegalArgumentException("unknown trigger '" + head
                    + "' (on connect, on demand, on cancel, on refund, after paid)");
        };
    }

    private static Action action(String text) {
        String[] words = text.split("\\s+", 2);
        String rest = words.length > 1 ? words[1].strip() : "";
        return switch (words[0].toLowerCase(Locale.ROOT)) {
            case "insert" -> new Insert(positive(rest));
            case "cover" -> new Cover();
            case "fault" -> fault(rest);
            case "clear" -> new Clear();
            case "wait" -> new Wait(positive(rest));
            case "disconnect" -> new Disconnect();
            case "raw" -> new Raw(rest);
            case "noise" -> new Noise(positive(rest));
            default -> throw new IllegalArgumentException("unknown command '" + words[0]
                    + "' (insert N, cover, fault KIND [TEXT], clear, wait MS, disconnect, raw TEXT, noise N)");
        };
    }

    private static Fault fault(String rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("fault needs a kind: jam, out-of-change, door-open, other");
        }
        String[] parts = rest.split("\\s+", 2);
        return new Fault(parts[0], parts.length > 1 ? parts[1] : null);
    }

    private static int positive(String number) {
        try {
            int value = Integer.parseInt(number);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the text
        }
        throw new IllegalArgumentException("expected a positive whole number, got '" + number + "'");
    }
}
