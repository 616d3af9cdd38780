package jp.madoguchi.app.output.payment.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.madoguchi.app.output.payment.simulator.SimulatorScript.Rule;
import jp.madoguchi.app.output.payment.simulator.SimulatorScript.Trigger;
import jp.madoguchi.app.output.payment.socket.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated cash unit's state and the daemon's side of the protocol. Only the simulator's unit thread calls it,
 * so it needs no locks. Money held when a fault or a lost connection closes a payment is kept "for staff" and never
 * paid out on its own, as docs/payment.md requires of a daemon (the kiosk has recorded it as owed).
 */
final class SimulatedUnit {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedUnit.class);
    private static final String DEVICE = "SIM-0001";

    private final List<Rule> rules;
    private final Duration delay;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final UnitActions actions = new UnitActions(this);
    private SocketChannel client;
    String open;
    int due;
    int inserted;
    String refunding;
    String fault;
    String faultText;

    SimulatedUnit(List<Rule> rules, Duration delay) {
        this.rules = new ArrayList<>(rules);
        this.delay = delay;
    }

    List<String> received() {
        return List.copyOf(received);
    }

    String describe() {
        return fault != null ? "faulted " + fault : open != null ? "collecting " + open + " " + inserted + "/" + due
                : "idle";
    }

    void connected(SocketChannel channel) {
        client = channel;
        ObjectNode hello = Wire.message("hello").put("protocol", Wire.PROTOCOL).put("device", DEVICE)
                .put("state", fault != null ? "faulted" : "idle");
        send(fault == null ? hello : hello.put("fault", fault).put("text", faultText));
        fire(Trigger.CONNECT, List.of());
    }

    void disconnected() {
        client = null;
        if (open != null) {
            LOG.warn("Simulator: the kiosk went away during payment {}; holding {} yen for staff", open, inserted);
            open = null;
        }
    }

    void hangUp() {
        actions.disconnect();
    }

    /** A line typed on stdin: a rule for later, or commands now. */
    void typed(SimulatorScript.Line line) {
        line.trigger().ifPresentOrElse(t -> rules.add(new Rule(t, line.actions())), () -> actions.run(line.actions()));
    }

    void onKiosk(JsonNode m) {
        String type = Wire.type(m);
        received.add(type);
        String payment = Wire.text(m, "payment");
        switch (type) {
            case "demand" -> demand(payment, Wire.yen(m, "amount"));
            case "cancel" -> cancel(payment);
            case "refund" -> refund(payment, Wire.yen(m, "amount"));
            case "status" -> send(status());
            default -> error(payment, "unknown command '" + type + "'");
        }
    }

    private void demand(String payment, int amount) {
        if (payment == null || amount <= 0) {
            error(payment, "demand needs a payment id and a positive amount");
        } else if (fault != null) {
            send(faultMessage(payment, amount, 0)); // refused: nothing was taken
        } else if (open != null) {
            error(payment, "payment " + open + " is already open");
        } else {
            open = payment;
            due = amount;
            inserted = 0;
            fire(Trigger.DEMAND, List.of(new SimulatorScript.Wait(Math.max(1, delay.toMillis())),
                    new SimulatorScript.Cover()));
        }
    }

    private void cancel(String payment) {
        if (open == null || !open.equals(payment)) {
            error(payment, "no open payment " + payment);
            return;
        }
        fire(Trigger.CANCEL, List.of());
        if (open != null) {
            send(Wire.message("cancelled").put("payment", open).put("returned", inserted));
            open = null;
        }
    }

    private void refund(String payment, int amount) {
        refunding = payment;
        fire(Trigger.REFUND, List.of());
        if (refunding == null) {
            return; // a fault during the payout answered it
        }
        send(fault != null ? faultMessage(payment, 0, 0)
                : Wire.message("refunded").put("payment", payment).put("amount", amount));
        refunding = null;
    }

    /** The first unused rule for {@code trigger}, else {@code otherwise}. */
    void fire(Trigger trigger, List<SimulatorScript.Action> otherwise) {
        Rule rule = rules.stream().filter(r -> r.trigger() == trigger).findFirst().orElse(null);
        if (rule != null) {
            rules.remove(rule);
        }
        actions.run(rule == null ? otherwise : rule.actions());
    }

    ObjectNode status() {
        ObjectNode status = Wire.message("status").put("device", DEVICE)
                .put("state", fault != null ? "faulted" : open != null ? "collecting" : "idle");
        if (fault != null) {
            status.put("fault", fault).put("text", faultText);
        }
        return open == null ? status : status.put("payment", open).put("due", due).put("inserted", inserted);
    }

    ObjectNode faultMessage(String payment, int owedDue, int held) {
        return Wire.message("fault").put("fault", fault).put("text", faultText).put("payment", payment)
                .put("due", owedDue).put("held", held);
    }

    private void error(String payment, String text) {
        send(Wire.message("error").put("payment", payment).put("text", text));
    }

    void send(JsonNode message) {
        sendRaw(message.toString());
    }

    void sendRaw(String line) {
        if (client == null) {
            LOG.info("Simulator: no kiosk connected; not sent: {}", line.length() > 200 ? "(long line)" : line);
            return;
        }
        try {
            Wire.sendRaw(client, line);
        } catch (IOException e) {
            LOG.warn("Simulator: sending to the kiosk failed: {}", e.getMessage());
        }
    }

    SocketChannel client() {
        return client;
    }
}
