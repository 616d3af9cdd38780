package jp.madoguchi.app.output.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCashAcceptorTest {
    private final DemoCashAcceptor acceptor = new DemoCashAcceptor();
    private final List<PaymentState> seen = new ArrayList<>();

    @Test
    void collectsUntilPaidAndGivesChange() {
        acceptor.addListener(seen::add);
        acceptor.demand(450);
        acceptor.insert(Cash.COIN_100);
        acceptor.insert(Cash.COIN_100);
        PaymentState last = acceptor.insert(Cash.COIN_500);

        assertThat(seen).containsExactly(new PaymentState.AmountDue(450, 0), new PaymentState.AmountDue(450, 100),
                new PaymentState.AmountDue(450, 200), new PaymentState.Paid(450, 700, 250));
        assertThat(last).isEqualTo(acceptor.state());
        assertThat(((PaymentState.AmountDue) seen.get(2)).remaining()).isEqualTo(250);
    }

    @Test
    void cancellingReturnsWhatWasInserted() {
        acceptor.demand(300);
        acceptor.insert(Cash.COIN_50);
        acceptor.cancel();

        assertThat(acceptor.state()).isEqualTo(new PaymentState.Cancelled(300, 50));
        assertThatThrownBy(acceptor::cancel).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesCashWhenNothingIsDueAndASecondPaymentWhileOneIsOpen() {
        assertThatThrownBy(() -> acceptor.insert(Cash.COIN_100)).hasMessageContaining("nothing is due");
        acceptor.demand(200);
        assertThatThrownBy(() -> acceptor.demand(200)).hasMessageContaining("already open");
        assertThatThrownBy(() -> acceptor.refund(200)).hasMessageContaining("while collecting");
    }

    @Test
    void refundsAfterAPaymentAndSaysItIsADemonstration() {
        acceptor.demand(200);
        acceptor.insert(Cash.NOTE_1000);
        acceptor.refund(200);

        assertThat(acceptor.state()).isEqualTo(new PaymentState.Refunded(200));
        assertThat(acceptor.demonstration()).isTrue();
        assertThat(DemoCashAcceptor.NOTICE).contains("デモ", "no real money");
        acceptor.demand(300);
        assertThat(acceptor.state()).isEqualTo(new PaymentState.AmountDue(300, 0));
    }
}
