package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.rules.CertificateType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installer's acceptance visit on a production kiosk on real parts (vpcd through pcscd, CUPS, the registry over
 * mutual TLS, the cash unit's daemon): the operator is told each step, the visit is paid, printed and journaled;
 * a wrong PIN is never retried, a card with one try left is never tried, and an outage is reported, not visited.
 */
@RequiresPcscStack
@RequiresCups
@Timeout(120)
class AcceptanceVisitTest {
    private static final Clock CLOCK = KioskHarness.tuesdayAt(10);
    private static final String OTHER_READER = "Virtual PCD 00 01";

    @TempDir
    Path dir;

    private PaymentSimulator cash;

    @BeforeEach
    void startCashUnit() throws Exception {
        cash = PaymentSimulator.start(dir.resolve("cash.sock"), List.of(), Duration.ofMillis(200));
    }

    @AfterEach
    void stopCashUnit() throws Exception {
        cash.close();
    }

    @Test
    void aWholeVisitIsPaidPrintedAndJournaled(VirtualCardStack stack, CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            ScriptedOperator operator = new ScriptedOperator(stack, "default", "1234");
            AcceptanceVisit.Result result = run(queue, registry, operator);

            assertThat(result.exitCode()).as(result.summary()).isZero();
            assertThat(result.summary()).matches("visit V-\\S+ completed, issued \\S+");
            String document = result.summary().substring(result.summary().indexOf("issued ") + 7);
            assertThat(queue.awaitOutput(document, Duration.ofSeconds(30))).isPresent();
            assertThat(operator.lines).containsSubsequence("in service; starting the visit",
                    "place the card on the reader " + VirtualCardStack.READER,
                    "enter the card's 4-digit PIN (3 tries left)", "PIN accepted; remove the card");
            assertThat(operator.lines).anyMatch(line -> line.matches("pay [1-9][0-9]* yen at the cash unit"))
                    .anyMatch(line -> line.matches("printed [1-9][0-9]* certificate\\(s\\) and the receipt; take the documents"));
        }
    }

    @Test
    void aWrongPinStopsTheVisitWithoutASecondTry(VirtualCardStack stack, CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            ScriptedOperator operator = new ScriptedOperator(stack, "default", "9999");
            AcceptanceVisit.Result result = run(queue, registry, operator);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.summary()).startsWith("stopped: the PIN was wrong: 2 tries left (visit V-");
            assertThat(operator.card.triesLeft(PinKind.AUTH)).as("one try used, not two").isEqualTo(2);
        }
    }

    @Test
    void aCardWithOneTryLeftIsNotTried(VirtualCardStack stack, CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            ScriptedOperator operator = new ScriptedOperator(stack, "last-try", "1234");
            AcceptanceVisit.Result result = run(queue, registry, operator);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.summary()).contains("1 try left: not tried");
            assertThat(operator.card.triesLeft(PinKind.AUTH)).isEqualTo(1);
            assertThat(operator.pinsAsked).isZero();
        }
    }

    @Test
    void theOperatorIsToldTheReaderTheVisitUsesNotTheConfiguredOne(VirtualCardStack stack, CupsStack cups)
            throws Exception {
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            // As `acceptance --reader NAME` opens it: the configuration names the other vpcd reader.
            KioskConfig config = ProductionParts.configuration(dir, queue.name(), registry, dir.resolve("cash.sock"),
                    OTHER_READER);
            ScriptedOperator operator = new ScriptedOperator(stack, "last-try", "1234");
            AcceptanceVisit.Result result;
            try (KioskSession kiosk = KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), CLOCK)) {
                assertThat(kiosk.readerName()).isEqualTo(VirtualCardStack.READER);
                result = new AcceptanceVisit(kiosk, operator, CertificateType.RESIDENT_RECORD).run();
            }

            assertThat(operator.lines).contains("place the card on the reader " + VirtualCardStack.READER)
                    .noneMatch(line -> line.contains(OTHER_READER));
            assertThat(result.summary()).as("the card was read on that reader").contains("1 try left: not tried");
        }
    }

    @Test
    void anOutageIsReportedAndNoVisitStarts(VirtualCardStack stack, CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            registry.stop();
            ScriptedOperator operator = new ScriptedOperator(stack, "default", "1234");
            AcceptanceVisit.Result result = run(queue, registry, operator);

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.summary()).startsWith("out of service: registry (").contains("localhost:"
                    + registry.port());
            assertThat(operator.lines).isEmpty();
        }
    }

    @Test
    void aSecondKioskOnTheSameJournalIsRefused(VirtualCardStack stack, CupsStack cups) throws Exception {
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir)) {
            KioskConfig config = ProductionParts.configuration(dir, queue.name(), registry, dir.resolve("cash.sock"));
            try (KioskSession first = KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), CLOCK)) {
                assertThat(first.config().journalFile()).isEqualTo(config.journalFile());
                assertThatThrownBy(() -> KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), CLOCK))
                        .isInstanceOf(IOException.class).hasMessageContaining("another kiosk is running on "
                                + config.journalFile() + " (process " + ProcessHandle.current().pid());
            }
            try (KioskSession again = KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), CLOCK)) {
                assertThat(again.visits()).as("the lock went with the first kiosk").isNotNull();
            }
        }
    }

    private AcceptanceVisit.Result run(PdfQueue queue, RegistryStack registry, ScriptedOperator operator)
            throws Exception {
        KioskConfig config = ProductionParts.configuration(dir, queue.name(), registry, dir.resolve("cash.sock"));
        try (KioskSession kiosk = KioskSession.open(config, CardSource.pcsc(VirtualCardStack.READER), CLOCK)) {
            return new AcceptanceVisit(kiosk, operator, CertificateType.RESIDENT_RECORD).run();
        }
    }

    /** The operator at the reader: places the holder's card when told, types the PIN, takes the card out. */
    private static final class ScriptedOperator implements AcceptanceVisit.Operator {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final VirtualCardStack stack;
        final VirtualMyNumberCard card;
        final String pin;
        int pinsAsked;

        ScriptedOperator(VirtualCardStack stack, String holder, String pin) {
            this.stack = stack;
            this.card = VirtualMyNumberCard.of(Holders.byId(holder), CLOCK);
            this.pin = pin;
        }

        @Override
        public void say(String line) {
            lines.add(line);
            try {
                if (line.startsWith("place the card")) {
                    stack.insert(card);
                } else if (line.endsWith("remove the card")) {
                    stack.eject();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public char[] pin(int digits) {
            pinsAsked++;
            return pin.toCharArray();
        }
    }
}
