package jp.madoguchi.card.virtual.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.PcscFaults;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.Apdus;
import jp.madoguchi.card.virtual.Misbehaviour;
import jp.madoguchi.card.virtual.ResponseHooks;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SunPCSC's behaviour, reproduced: what kiosk code sees through javax.smartcardio. */
class VirtualTerminalsTest {
    private static final String READER = "Virtual PCD 00 00";
    private static final CommandAPDU SELECT_JPKI = new CommandAPDU(Hex.parse(Apdus.SELECT_JPKI));

    private final VirtualTerminals readers = new VirtualTerminals();
    private final TerminalFactory factory = readers.factory();
    private final ExecutorService other = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopOtherThread() {
        other.shutdownNow();
    }

    private Card connectedCard() throws CardException {
        readers.addReader(READER);
        readers.insert(READER, VirtualMyNumberCard.of(Holders.defaultHolder()));
        return factory.terminals().getTerminal(READER).connect("*");
    }

    @Test
    void factoryLooksLikeSunPcsc() {
        assertThat(factory.getType()).isEqualTo("PC/SC");
        assertThat(factory.terminals()).isSameAs(readers);
        assertThat(java.security.Security.getProvider("MadoguchiVirtualPCSC")).isNull();
    }

    @Test
    void listThrowsNoReadersAvailableInsteadOfReturningEmpty() {
        assertThatThrownBy(() -> factory.terminals().list())
                .isInstanceOf(CardException.class).hasMessage("list() failed")
                .cause().hasMessage("SCARD_E_NO_READERS_AVAILABLE");
        assertThatThrownBy(() -> factory.terminals().waitForChange(10))
                .isInstanceOf(CardException.class)
                .satisfies(e -> assertThat(PcscFaults.map(e, null)).isInstanceOf(CardFault.NoReaders.class));
    }

    @Test
    void listFiltersByPresenceAndKeepsTerminalIdentity() throws CardException {
        CardTerminal first = readers.addReader("A");
        readers.addReader("B");
        readers.insert("B", VirtualMyNumberCard.of(Holders.defaultHolder()));
        CardTerminals terminals = factory.terminals();
        assertThat(terminals.list()).extracting(CardTerminal::getName).containsExactly("A", "B");
        assertThat(terminals.list(CardTerminals.State.CARD_PRESENT)).extracting(CardTerminal::getName)
                .containsExactly("B");
        assertThat(terminals.list(CardTerminals.State.CARD_ABSENT)).containsExactly(first);
        readers.removeReader("A");
        assertThat(terminals.list()).extracting(CardTerminal::getName).containsExactly("B");
        assertThat(readers.addReader("A")).isSameAs(first);
    }

    @Test
    void connectReturnsTheSameCardWhileValidAndAFreshOneAfterDisconnect() throws CardException {
        Card card = connectedCard();
        CardTerminal terminal = factory.terminals().getTerminal(READER);
        assertThat(card.getProtocol()).isEqualTo("T=1");
        assertThat(Hex.of(card.getATR().getBytes())).isEqualTo("3BE000FF8131FE4514");
        assertThat(terminal.connect("*")).isSameAs(card);
        assertThat(terminal.connect("T=1")).isSameAs(card);
        assertThatThrownBy(() -> terminal.connect("T=0")).isInstanceOf(CardException.class)
                .hasMessageContaining("already established using T=1");
        card.disconnect(false);
        assertThatThrownBy(card::getBasicChannel).isInstanceOf(IllegalStateException.class)
                .hasMessage("Card has been disconnected");
        assertThat(terminal.connect("*")).isNotSameAs(card);
    }

    @Test
    void connectOnAnEmptyReaderIsCardNotPresent() {
        CardTerminal terminal = readers.addReader(READER);
        assertThatThrownBy(() -> terminal.connect("*")).isInstanceOf(CardNotPresentException.class)
                .cause().hasMessageContaining("SCARD_E_NO_SMARTCARD");
    }

    @Test
    void removalFailsFirstWithRemovedCardThenWithIllegalState() throws CardException {
        Card card = connectedCard();
        assertThat(card.getBasicChannel().transmit(SELECT_JPKI).getSW()).isEqualTo(0x9000);
        readers.yank(READER);
        assertThatThrownBy(() -> card.getBasicChannel().transmit(SELECT_JPKI))
                .isInstanceOf(CardException.class)
                .cause().hasMessage("SCARD_W_REMOVED_CARD");
        assertThatThrownBy(() -> card.getBasicChannel().transmit(SELECT_JPKI))
                .isInstanceOf(IllegalStateException.class).hasMessage("Card has been removed");
        card.disconnect(true);
        assertThatThrownBy(() -> factory.terminals().getTerminal(READER).connect("*"))
                .isInstanceOf(CardNotPresentException.class);
    }

    @Test
    void yankAfterPullsTheCardInTheMiddleOfAMultiChunkRead() throws CardException {
        Card card = connectedCard();
        var channel = card.getBasicChannel();
        channel.transmit(SELECT_JPKI);
        channel.transmit(new CommandAPDU(Apdus.selectEf(0x000A)));
        readers.yankAfter(READER, 2);
        assertThat(channel.transmit(new CommandAPDU(Apdus.read(0, 0))).getSW()).isEqualTo(0x9000);
        assertThat(channel.transmit(new CommandAPDU(Apdus.read(256, 0))).getSW()).isEqualTo(0x9000);
        assertThat(readers.cardIn(READER)).isEmpty();
        assertThatThrownBy(() -> channel.transmit(new CommandAPDU(Apdus.read(512, 0))))
                .isInstanceOf(CardException.class).cause().hasMessage("SCARD_W_REMOVED_CARD");
    }

    @Test
    void yankDuringCutsTheNextApduOffWithNotTransacted() throws CardException {
        Card card = connectedCard();
        var channel = card.getBasicChannel();
        readers.yankDuring(READER, 1);
        assertThat(channel.transmit(SELECT_JPKI).getSW()).isEqualTo(0x9000);
        assertThatThrownBy(() -> channel.transmit(SELECT_JPKI)).isInstanceOf(CardException.class)
                .cause().hasMessage("SCARD_E_NOT_TRANSACTED");
        assertThatThrownBy(() -> channel.transmit(SELECT_JPKI)).isInstanceOf(CardException.class)
                .cause().hasMessage("SCARD_W_REMOVED_CARD");
        assertThatThrownBy(() -> channel.transmit(SELECT_JPKI)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void exclusiveAccessBelongsToTheCallingThread() throws Exception {
        Card card = connectedCard();
        card.beginExclusive();
        CompletableFuture<Throwable> fromOther = CompletableFuture.supplyAsync(() -> {
            try {
                card.getBasicChannel().transmit(SELECT_JPKI);
                return null;
            } catch (CardException | RuntimeException e) {
                return e;
            }
        }, other);
        assertThat(fromOther.get(5, TimeUnit.SECONDS)).isInstanceOf(CardException.class)
                .hasMessage("Exclusive access established by another Thread");
        assertThat(card.getBasicChannel().transmit(SELECT_JPKI).getSW()).isEqualTo(0x9000);
        assertThatThrownBy(card::beginExclusive).isInstanceOf(CardException.class)
                .hasMessageContaining("already been assigned");
        CompletableFuture<Throwable> endFromOther = CompletableFuture.supplyAsync(() -> {
            try {
                card.endExclusive();
                return null;
            } catch (CardException | RuntimeException e) {
                return e;
            }
        }, other);
        assertThat(endFromOther.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
        card.endExclusive();
        assertThat(CompletableFuture.supplyAsync(() -> transmitQuietly(card), other).get(5, TimeUnit.SECONDS))
                .isEqualTo(0x9000);
    }

    private static int transmitQuietly(Card card) {
        try {
            return card.getBasicChannel().transmit(SELECT_JPKI).getSW();
        } catch (CardException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void disconnectWithResetDropsTheSecurityStateWithoutResetItStays() throws CardException {
        Card card = connectedCard();
        VirtualMyNumberCard inserted = readers.cardIn(READER).orElseThrow();
        var channel = card.getBasicChannel();
        channel.transmit(SELECT_JPKI);
        channel.transmit(new CommandAPDU(Apdus.selectEf(0x001B)));
        channel.transmit(new CommandAPDU(Apdus.verify("ABC123")));
        card.disconnect(false);
        var again = factory.terminals().getTerminal(READER).connect("*").getBasicChannel();
        again.transmit(new CommandAPDU(Apdus.selectEf(0x0001)));
        assertThat(again.transmit(new CommandAPDU(Apdus.read(0, 4))).getSW())
                .as("SCARD_LEAVE_CARD keeps the PIN verified, like pcscd").isEqualTo(0x9000);
        again.getCard().disconnect(true);
        assertThat(inserted.isPowered()).isTrue();
        var third = factory.terminals().getTerminal(READER).connect("*").getBasicChannel();
        third.transmit(SELECT_JPKI);
        third.transmit(new CommandAPDU(Apdus.selectEf(0x0001)));
        assertThat(third.transmit(new CommandAPDU(Apdus.read(0, 4))).getSW()).isEqualTo(0x6982);
    }

    @Test
    void waitForChangeSeesInsertRemoveAndReaderChangesAndTimesOut() throws Exception {
        readers.addReader(READER);
        CardTerminals terminals = factory.terminals();
        assertThat(terminals.waitForChange(50)).isFalse();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> waitQuietly(terminals, 5000), other);
        Thread.sleep(50);
        readers.insert(READER, VirtualMyNumberCard.of(Holders.defaultHolder()));
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(terminals.list(CardTerminals.State.CARD_INSERTION)).extracting(CardTerminal::getName)
                .containsExactly(READER);

        readers.yank(READER);
        assertThat(terminals.waitForChange(50)).as("a change since the last call returns at once").isTrue();
        assertThat(terminals.list(CardTerminals.State.CARD_REMOVAL)).hasSize(1);
        assertThat(terminals.list(CardTerminals.State.CARD_INSERTION)).isEmpty();

        readers.addReader("Second reader");
        assertThat(terminals.waitForChange(50)).isTrue();
        readers.removeReader("Second reader");
        assertThat(terminals.waitForChange(50)).isTrue();
        assertThat(terminals.waitForChange(50)).isFalse();
    }

    private static boolean waitQuietly(CardTerminals terminals, long millis) {
        try {
            return terminals.waitForChange(millis);
        } catch (CardException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void waitForCardPresentAndAbsent() throws Exception {
        CardTerminal terminal = readers.addReader(READER);
        assertThat(terminal.waitForCardPresent(20)).isFalse();
        assertThat(terminal.waitForCardAbsent(20)).isTrue();
        other.submit(() -> readers.insert(READER, VirtualMyNumberCard.of(Holders.defaultHolder())));
        assertThat(terminal.waitForCardPresent(5000)).isTrue();
        assertThat(terminal.isCardPresent()).isTrue();
    }

    @Test
    void removedReaderFailsItsConnection() throws CardException {
        Card card = connectedCard();
        readers.removeReader(READER);
        assertThatThrownBy(() -> card.getBasicChannel().transmit(SELECT_JPKI)).isInstanceOf(CardException.class)
                .cause().hasMessage("SCARD_E_READER_UNAVAILABLE");
        assertThatThrownBy(() -> readers.insert(READER, VirtualMyNumberCard.of(Holders.defaultHolder())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperedResponsesReachTheHostAsTheRealStackWouldDeliverThem() throws CardException {
        Card card = connectedCard();
        VirtualMyNumberCard inserted = readers.cardIn(READER).orElseThrow();
        inserted.respondWith(ResponseHooks.statusWord(0x6F00));
        assertThat(card.getBasicChannel().transmit(SELECT_JPKI).getSW()).isEqualTo(0x6F00);
        inserted.respondWith(ResponseHooks.truncatedTo(1));
        assertThatThrownBy(() -> card.getBasicChannel().transmit(SELECT_JPKI))
                .isInstanceOf(IllegalArgumentException.class);
        inserted.respondWith(ResponseHooks.always(Hex.parse("6100")));
        long before = inserted.apduCount();
        assertThat(card.getBasicChannel().transmit(SELECT_JPKI).getSW()).as("as the kiosk runs SunPCSC: once")
                .isEqualTo(0x6100);
        assertThat(inserted.apduCount() - before).isEqualTo(1);
    }

    /** With the JDK's defaults the channel re-sends and chains by itself, as SunPCSC's ChannelImpl does. */
    @Test
    void withTheJdkDefaultsTheChannelReSendsLikeSunPcsc() throws CardException {
        String property = "sun.security.smartcardio.t1GetResponse";
        String kiosk = System.getProperty(property);
        System.setProperty(property, "true");
        try {
            Card card = connectedCard();
            VirtualMyNumberCard inserted = readers.cardIn(READER).orElseThrow();
            inserted.misbehave(Misbehaviour.answer(Misbehaviour.Target.PIN_VERIFY, 0x6C00));
            card.getBasicChannel().transmit(SELECT_JPKI);
            card.getBasicChannel().transmit(new CommandAPDU(Hex.parse("00A4020C020018")));
            // The right PIN, answered 6C00 every time: re-sent with its last byte replaced until the card locks.
            assertThatThrownBy(() -> card.getBasicChannel().transmit(new CommandAPDU(Hex.parse("002000800431323334"))))
                    .isInstanceOf(CardException.class).hasMessageContaining("iterations");
            assertThat(inserted.pinVerifications()).isGreaterThan(3);
            assertThat(inserted.triesLeft(PinKind.AUTH)).isZero();
            inserted.misbehave(null);
            inserted.respondWith(ResponseHooks.always(Hex.parse("6100")));
            assertThatThrownBy(() -> card.getBasicChannel().transmit(SELECT_JPKI))
                    .isInstanceOf(CardException.class).hasMessageContaining("iterations");
        } finally {
            if (kiosk == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, kiosk);
            }
        }
    }

    @Test
    void aCardCannotSitInTwoReaders() {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        readers.addReader("A");
        readers.addReader("B");
        readers.insert("A", card);
        assertThatThrownBy(() -> readers.insert("B", card)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> readers.insert("A", VirtualMyNumberCard.of(Holders.defaultHolder())))
                .isInstanceOf(IllegalStateException.class);
    }
}
