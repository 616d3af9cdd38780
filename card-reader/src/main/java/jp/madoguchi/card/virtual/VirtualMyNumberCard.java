package jp.madoguchi.card.virtual;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.CardVariant;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.HolderCredentials;
import jp.madoguchi.card.virtual.holder.TestPki;

/**
 * A virtual My Number card for one {@link Holder}: an APDU processor that behaves like the real card as far as
 * the open-source clients know it (docs/card.md), including OpenSC 0.23's jpki driver and PKCS#15 emulator.
 *
 * <p>State follows the physical card. PIN counters and PIN values live in the card and survive resets and
 * power cycles; the security state (selected AP and EF, verified PINs) lives in the session and is dropped on
 * {@link #powerOn()}, {@link #powerOff()}, {@link #reset()} and every SELECT of an application. A new card is
 * powered, as if already sitting in a reader. Everything that touches card state is synchronized: vpcd's
 * socket thread and a test thread may share one card.
 */
public final class VirtualMyNumberCard implements ApduTransport {
    private static final byte[] ATR = Hex.parse("3BE000FF8131FE4514");
    private static final byte[] WRONG_LENGTH = {0x67, 0x00};

    private final Holder holder;
    private final HolderCredentials credentials;
    private final Map<PinKind, PinCounter> counters;
    private final SecurityState session;
    private final ApduProcessor processor = new ApduProcessor();
    private boolean powered = true;
    private long apduCount;
    private UnaryOperator<byte[]> responseHook = UnaryOperator.identity();
    private Misbehaviour misbehaviour;
    /** Went mute: no answer to anything until a reset or power cycle, like a hung chip. */
    private boolean hung;
    private final List<ReceivedCommand> received = new ArrayList<>();

    private VirtualMyNumberCard(Holder holder, HolderCredentials credentials) {
        this.holder = holder;
        this.credentials = credentials;
        CardPersonalisation.CardImage image = CardPersonalisation.personalise(holder, credentials);
        this.counters = image.counters();
        this.session = new SecurityState(image.applications());
    }

    /** A card for {@code holder} with certificates issued today under the committed test PKI. */
    public static VirtualMyNumberCard of(Holder holder) {
        return of(holder, TestPki.standard(), Clock.systemUTC());
    }

    public static VirtualMyNumberCard of(Holder holder, Clock clock) {
        return of(holder, TestPki.standard(), clock);
    }

    public static VirtualMyNumberCard of(Holder holder, TestPki pki, Clock clock) {
        return new VirtualMyNumberCard(Objects.requireNonNull(holder), pki.issue(holder, clock));
    }

    /**
     * A fresh card (full session state, its holder's initial tries) carrying credentials issued before: issuing
     * signs certificates, so a fuzz run that needs a million fresh cards issues once per holder.
     */
    public static VirtualMyNumberCard of(Holder holder, HolderCredentials credentials) {
        return new VirtualMyNumberCard(Objects.requireNonNull(holder), Objects.requireNonNull(credentials));
    }

    /** {@code 3B E0 00 FF 81 31 FE 45 14}, the ATR OpenSC's jpki driver matches. */
    public byte[] atr() {
        return ATR.clone();
    }

    /** Cold start: power applied, fresh session. Counters are untouched. */
    public synchronized void powerOn() {
        session.clear();
        powered = true;
        hung = false;
    }

    public synchronized void powerOff() {
        session.clear();
        powered = false;
        hung = false;
    }

    /** Warm reset (also powers an unpowered card, as a reader's reset does). */
    public synchronized void reset() {
        powerOn();
    }

    public synchronized boolean isPowered() {
        return powered;
    }

    /** APDUs processed since the card was made, malformed ones included. */
    public synchronized long apduCount() {
        return apduCount;
    }

    /**
     * Processes one command as raw wire bytes and returns {@code data || SW1 SW2} (after the response hook).
     * Extended-length or malformed APDUs get 6700.
     *
     * @throws IllegalStateException when the card is not powered; a reader never sends to an unpowered card
     */
    public synchronized byte[] process(byte[] raw) {
        if (!powered) {
            throw new IllegalStateException("The virtual card is not powered");
        }
        apduCount++;
        if (hung) {
            throw new Misbehaviour.MuteCard();
        }
        byte[] response;
        CommandApdu command;
        try {
            command = new CommandApdu(raw);
        } catch (IllegalArgumentException malformed) {
            return responseHook.apply(WRONG_LENGTH.clone());
        }
        received.add(ReceivedCommand.of(command));
        response = processor.process(command, session).bytes();
        command.wipe();
        if (misbehaviour != null && misbehaviour.appliesTo(command)) {
            if (misbehaviour.mute()) {
                hung = true;
                throw new Misbehaviour.MuteCard();
            }
            response = new byte[] {(byte) (misbehaviour.statusWord() >> 8), (byte) misbehaviour.statusWord()};
        }
        return responseHook.apply(response);
    }

    /** {@link #process} for in-process hosts; a tampered response shorter than 2 bytes is a protocol fault. */
    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        byte[] response;
        try {
            response = process(command.bytes());
        } catch (IllegalStateException unpowered) {
            throw new CardFaultException(new CardFault.CardRemoved(), unpowered);
        } catch (Misbehaviour.MuteCard mute) {
            throw new CardFaultException(new CardFault.Unresponsive("no answer"), mute);
        }
        if (response.length < 2) {
            throw new CardFaultException(new CardFault.ProtocolError("transmit", 0,
                    "response of " + response.length + " bytes has no status word"));
        }
        return new ResponseApdu(response);
    }

    /**
     * Test hook: every response passes through {@code hook} before it leaves the card (short answers, wrong
     * status words, garbage, delays). {@link UnaryOperator#identity()} restores normal behaviour.
     * See {@link ResponseHooks} for ready-made ones.
     */
    public synchronized void respondWith(UnaryOperator<byte[]> hook) {
        this.responseHook = Objects.requireNonNull(hook);
    }

    /**
     * Test hook: commands of the misbehaviour's kind are carried out and then answered wrongly, or not at all
     * (null restores normal behaviour). Lasts until changed: resets and power cycles do not cure it.
     */
    public synchronized void misbehave(Misbehaviour newMisbehaviour) {
        this.misbehaviour = newMisbehaviour;
    }

    /** Every well-formed command that reached the card, in order, without its data. */
    public synchronized List<ReceivedCommand> received() {
        return List.copyOf(received);
    }

    /** How many VERIFYs carrying a PIN reached the card: each one is a try the card may have counted. */
    public synchronized long pinVerifications() {
        return received.stream().filter(ReceivedCommand::isPinVerify).count();
    }

    /** The counter as the card holds it, without sending an APDU. */
    public synchronized int triesLeft(PinKind kind) {
        return counters.get(kind).triesLeft();
    }

    public Holder holder() {
        return holder;
    }

    public CardVariant variant() {
        return holder.variant();
    }

    public HolderCredentials credentials() {
        return credentials;
    }

    public X509Certificate authCertificate() {
        return credentials.authCertificate();
    }

    /** Empty for holders under 15. */
    public Optional<X509Certificate> signCertificate() {
        return credentials.signCertificate();
    }

    public X509Certificate authCaCertificate() {
        return credentials.authCaCertificate();
    }

    public X509Certificate signCaCertificate() {
        return credentials.signCaCertificate();
    }

    @Override
    public String toString() {
        return "VirtualMyNumberCard[" + holder.id() + ", " + holder.variant() + "]";
    }
}
