package jp.madoguchi.app.output.payment.simulator;

import java.io.IOException;
import java.util.List;
import jp.madoguchi.app.output.payment.simulator.SimulatorScript.Action;
import jp.madoguchi.app.output.payment.socket.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a script's commands do to the simulated unit: money in, faults, and deliberate misbehaviour. */
final class UnitActions {
    private static final Logger LOG = LoggerFactory.getLogger(UnitActions.class);
    private static final int NOTE = 1000;

    private final SimulatedUnit unit;

    UnitActions(SimulatedUnit unit) {
        this.unit = unit;
    }

    void run(List<Action> actions) {
        actions.forEach(this::run);
    }

    private void run(Action action) {
        if (action instanceof SimulatorScript.Insert insert) {
            insert(insert.yen());
        } else if (action instanceof SimulatorScript.Cover) {
            while (unit.open != null && unit.inserted < unit.due) {
                insert(NOTE);
            }
        } else if (action instanceof SimulatorScript.Fault f) {
            fault(f.fault(), f.text());
        } else if (action instanceof SimulatorScript.Clear) {
            unit.fault = null;
            unit.faultText = null;
            unit.send(Wire.message("cleared"));
        } else if (action instanceof SimulatorScript.Wait w) {
            pause(w.millis());
        } else if (action instanceof SimulatorScript.Disconnect) {
            disconnect();
        } else if (action instanceof SimulatorScript.Raw raw) {
            unit.sendRaw(raw.line());
        } else if (action instanceof SimulatorScript.Noise noise) {
            unit.sendRaw("x".repeat(noise.bytes()));
        }
    }

    private void insert(int yen) {
        if (unit.open == null || unit.fault != null) {
            LOG.info("Simulator: {} yen inserted with no payment open; the unit gives it back", yen);
            return;
        }
        unit.inserted += yen;
        unit.send(Wire.message("inserted").put("payment", unit.open).put("cash", yen).put("total", unit.inserted));
        if (unit.inserted >= unit.due) {
            String payment = unit.open;
            int change = unit.inserted - unit.due;
            unit.send(Wire.message("paid").put("payment", payment).put("due", unit.due)
                    .put("inserted", unit.inserted).put("change", change));
            if (change > 0) {
                unit.send(Wire.message("change-paid").put("payment", payment).put("amount", change));
            }
            unit.open = null;
            unit.fire(SimulatorScript.Trigger.PAID, List.of());
        }
    }

    /** A fault closes an open payment (its money kept for staff) and fails a refund being paid out. */
    private void fault(String kind, String text) {
        unit.fault = kind;
        unit.faultText = text;
        if (unit.open != null) {
            unit.send(unit.faultMessage(unit.open, unit.due, unit.inserted));
            LOG.warn("Simulator: fault {} during payment {}; holding {} yen for staff", kind, unit.open,
                    unit.inserted);
            unit.open = null;
        } else if (unit.refunding != null) {
            unit.send(unit.faultMessage(unit.refunding, 0, 0));
            unit.refunding = null;
        } else {
            unit.send(unit.faultMessage(null, 0, 0));
        }
    }

    void disconnect() {
        if (unit.client() != null) {
            try {
                unit.client().close();
            } catch (IOException e) {
                LOG.warn("Simulator: closing the connection: {}", e.getMessage());
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
