package jp.madoguchi.card.virtual.vpcd;

import static jp.madoguchi.card.virtual.Apdus.SELECT_JPKI;
import static jp.madoguchi.card.virtual.Apdus.sw;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.virtual.Apdus;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The vpcd protocol against a fake vpcd server socket: framing, control bytes, APDUs, removal, reconnection. */
class VpcdClientTest {
    private VpcdClient client;
    private Thread thread;

    @AfterEach
    void stopClient() throws InterruptedException {
        if (client != null) {
            client.stop();
            thread.join(5000);
            assertThat(thread.isAlive()).as("run() returns after stop()").isFalse();
        }
    }

    private void startClient(int port, VirtualMyNumberCard card) {
        client = new VpcdClient("127.0.0.1", port, card);
        thread = client.start();
    }

    @Test
    void answersControlBytesAndApdusOverTheFramedSocket() throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        try (FakeVpcd vpcd = new FakeVpcd(0)) {
            startClient(vpcd.port(), card);
            vpcd.accept();
            assertThat(client.awaitConnected(Duration.ofSeconds(5))).isTrue();
            assertThat(Hex.of(vpcd.atr())).isEqualTo("3BE000FF8131FE4514");
            vpcd.control(VpcdSession.POWER_OFF);
            vpcd.atr(); // a round trip, so the control byte has been handled
            assertThat(card.isPowered()).isFalse();
            vpcd.control(VpcdSession.POWER_ON);
            assertThat(sw(vpcd.transmit(Hex.parse(SELECT_JPKI)))).isEqualTo(0x9000);
            assertThat(Hex.of(vpcd.transmit(Apdus.selectEf(JpkiFile.CERT_PRESENCE)))).isEqualTo("9000");
            assertThat(Hex.of(vpcd.transmit(Apdus.read(0, 3)))).isEqualTo("8F8F009000");
            assertThat(card.apduCount()).isEqualTo(3);
        }
    }

    @Test
    void resetFromVpcdDropsTheSecurityStateButNotTheCounters() throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        try (FakeVpcd vpcd = new FakeVpcd(0)) {
            startClient(vpcd.port(), card);
            vpcd.accept();
            vpcd.control(VpcdSession.POWER_ON);
            vpcd.transmit(Hex.parse(SELECT_JPKI));
            vpcd.transmit(Apdus.selectEf(JpkiFile.SIGN_PIN));
            assertThat(sw(vpcd.transmit(Apdus.verify("WRONG1")))).isEqualTo(0x63C4);
            assertThat(sw(vpcd.transmit(Apdus.verify("ABC123")))).isEqualTo(0x9000);
            vpcd.transmit(Apdus.verify("WRONG1"));
            vpcd.control(VpcdSession.RESET);
            assertThat(sw(vpcd.transmit(Apdus.read(0, 4)))).isEqualTo(0x6986);
            vpcd.transmit(Hex.parse(SELECT_JPKI));
            vpcd.transmit(Apdus.selectEf(JpkiFile.SIGN_PIN));
            assertThat(sw(vpcd.transmit(Apdus.triesQuery()))).isEqualTo(0x63C4);
        }
    }

    @Test
    void retriesUntilVpcdListensThenInsertingAnotherCardReconnects() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        startClient(port, VirtualMyNumberCard.of(Holders.defaultHolder()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (client.refusals() < 2) { // at least two failed attempts
            assertThat(System.nanoTime()).as("two refused connections in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(client.isConnected()).isFalse();
        try (FakeVpcd vpcd = new FakeVpcd(port)) {
            vpcd.accept();
            assertThat(client.awaitConnected(Duration.ofSeconds(5))).isTrue();
            vpcd.control(VpcdSession.POWER_ON);
            vpcd.transmit(Hex.parse(SELECT_JPKI));

            client.insert(VirtualMyNumberCard.of(Holders.byId("locked")));
            assertThat(vpcd.cardLeft()).as("the old card's socket closes: a removal").isTrue();
            vpcd.accept();
            vpcd.control(VpcdSession.POWER_ON);
            vpcd.transmit(Hex.parse(SELECT_JPKI));
            vpcd.transmit(Apdus.selectEf(JpkiFile.AUTH_PIN));
            assertThat(sw(vpcd.transmit(Apdus.triesQuery()))).as("the locked holder's card").isEqualTo(0x63C0);

            client.eject();
            assertThat(vpcd.cardLeft()).isTrue();
            assertThat(client.card()).isEmpty();
        }
    }

    @Test
    void eachReplyIsOneWriteAndQuickAckIsArmedBeforeEveryRead() throws IOException {
        byte[] request = Hex.parse("0001" + "04" + "0005" + "00A4040C00");
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                throw new AssertionError("byte-wise writes split the frame");
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.incrementAndGet();
                sink.write(b, off, len);
            }
        };
        VpcdConnection connection = new VpcdConnection(new ByteArrayInputStream(request), counting,
                reads::incrementAndGet, () -> { });
        new VpcdSession(connection, VirtualMyNumberCard.of(Holders.defaultHolder())).serve();
        assertThat(writes.get()).isEqualTo(2);
        assertThat(Hex.of(sink.toByteArray())).isEqualTo("0009" + "3BE000FF8131FE4514" + "0002" + "6700");
        assertThat(reads.get()).as("2 frames x (header + payload) + the read that sees the end").isEqualTo(5);
    }
}
