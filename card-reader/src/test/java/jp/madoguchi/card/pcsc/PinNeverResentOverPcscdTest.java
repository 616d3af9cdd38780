package jp.madoguchi.card.pcsc;

import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import org.junit.jupiter.api.BeforeEach;

/** {@link PinNeverResentContract} through SunPCSC, a real pcscd and vpcd, the card counting on its own side. */
@RequiresPcscStack
class PinNeverResentOverPcscdTest extends PinNeverResentContract {
    private VirtualCardStack stack;

    @BeforeEach
    void start(VirtualCardStack stack) {
        this.stack = stack;
    }

    @Override
    ReaderService insert(VirtualMyNumberCard card) throws Exception {
        stack.insert(card);
        return stack.readers();
    }

    @Override
    String reader() {
        return VirtualCardStack.READER;
    }
}
