package jp.madoguchi.app.kiosk;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import jp.madoguchi.app.output.payment.Cash;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.ui.kiosk.DemoCash;

/** The screen's demonstration cash panel over the {@link DemoCashAcceptor}: ¥10 coins up to ¥1000 notes. */
final class DemoCashDesk implements DemoCash {
    /** Larger notes are left off: a demonstration fee never needs them and the panel stays small. */
    private static final List<Cash> OFFERED = List.of(Cash.COIN_10, Cash.COIN_50, Cash.COIN_100, Cash.COIN_500,
            Cash.NOTE_1000);

    private final DemoCashAcceptor device;

    DemoCashDesk(DemoCashAcceptor device) {
        this.device = device;
    }

    @Override
    public List<Integer> denominations() {
        return OFFERED.stream().map(Cash::yen).toList();
    }

    @Override
    public void insert(int yen) {
        Cash cash = Arrays.stream(Cash.values()).filter(c -> c.yen() == yen).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + yen + " yen coin or note"));
        synchronized (device) {
            if (device.state() instanceof PaymentState.AmountDue) {
                device.insert(cash);
            }
        }
    }

    @Override
    public void subscribe(Consumer<Display> listener) {
        device.addListener(state -> listener.accept(display(state)));
        listener.accept(display(device.state()));
    }

    static Display display(PaymentState state) {
        if (state instanceof PaymentState.AmountDue due) {
            return new Display(due.due(), due.inserted(), 0, true);
        }
        if (state instanceof PaymentState.Paid paid) {
            return new Display(paid.due(), paid.inserted(), paid.change(), false);
        }
        return Display.IDLE;
    }
}
