package jp.madoguchi.app.kiosk;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import jp.madoguchi.app.kiosk.staff.CommandSignal;
import jp.madoguchi.app.voice.VoiceOutput;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.ui.fonts.KioskFonts;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.kiosk.DemoCardPanel;
import jp.madoguchi.ui.kiosk.DemoDevices;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.kiosk.KioskWindow;
import jp.madoguchi.ui.staff.StaffCalls;
import jp.madoguchi.ui.staff.StaffDoor;
import jp.madoguchi.ui.staff.StaffPinHash;
import jp.madoguchi.ui.voice.Speaker;
import jp.madoguchi.ui.voice.VoiceGuide;
import jp.madoguchi.ui.voice.VoiceKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the kiosk's window over a session, on the FX thread: the resident screen subscribed to the visit, the
 * staff door, outside production the demonstration cash acceptor's panel and spool previews, and on the virtual card
 * the demo panel to place and remove cards, and the call-staff key as {@code callStaff} configures it. The staff
 * screen's exit (or closing a windowed kiosk) counts down {@link #exited()}.
 */
public final class KioskLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(KioskLauncher.class);
    /** PIN 000000: only for the virtual card when no staffPinHash is configured (see kiosk.sample.yaml). */
    static final String DEMO_STAFF_PIN_HASH =
            "pbkdf2-sha256:210000:iuIaYWHlKU3rE9GgnaFw4Q==:WdxVHRa5b6wIIGpKazh5uMMz3iGDwUoCxbBrr0aBCUE=";

    private final KioskSession session;
    private final CountDownLatch exited = new CountDownLatch(1);
    private final Supplier<Optional<Speaker>> voice;

    public KioskLauncher(KioskSession session) {
        this(session, VoiceOutput::speaker);
    }

    /** With the voice guidance's speaker chosen by the caller (tests record what is said). */
    public KioskLauncher(KioskSession session, Supplier<Optional<Speaker>> voice) {
        this.session = session;
        this.voice = voice;
    }

    public CountDownLatch exited() {
        return exited;
    }

    /** FX thread only: shows the kiosk on {@code stage} and returns its screen. */
    public KioskScreen show(Stage stage, boolean windowed) {
        KioskFonts.loadOnce(); // before the first control: JavaFX picks its default font then
        I18n i18n = new I18n(session.config().kioskLanguage());
        StaffCalls calls = staffCalls();
        StaffDoor door = staffDoor(i18n, calls);
        KioskScreen screen = new KioskScreen(i18n, session.visits()::send, door.corner(), calls);
        // The demonstration cash panel and the spool previews are demo devices: never in production, and not beside
        // a real payment device, whose panel would only stay idle.
        boolean demoCash = session.config().kioskMode() != KioskMode.PRODUCTION
                && session.outputs().paymentDevice().demonstration();
        Optional<DemoDevices> devices = demoCash
                ? Optional.of(new DemoDevices(i18n, session.demoCash(), session.outputs().previews()))
                : Optional.empty();
        devices.ifPresent(screen::addLayer);
        screen.addLayer(door.layer());
        screen.addTopControl(door.callNotice());
        session.virtualReader().ifPresent(reader -> screen.addTopControl(
                new DemoCardPanel(i18n, Holders.all(), reader::insert, reader::remove)));
        Scene scene = KioskWindow.show(stage, (Region) screen.root(), i18n, windowed, exited::countDown);
        if (!windowed && !session.config().kioskMode().fallsBack()) {
            scene.setCursor(Cursor.NONE); // a touchscreen kiosk shows no pointer; the demo keeps it for a mouse
        }
        session.visits().subscribe(screen::offer);
        voiceGuidance(scene);
        devices.ifPresent(shown -> session.visits().subscribe(snapshot -> shown.follow(snapshot.step())));
        if (Boolean.getBoolean(StartupProbe.PROPERTY)) {
            StartupProbe.whenShown(screen.root(), "#attract", exited::countDown);
        }
        return screen;
    }

    /** The call-staff key's effect as configured; without {@code callStaff} there is no key. */
    private StaffCalls staffCalls() {
        Clock clock = Clock.systemUTC();
        return session.config().staffCall()
                .map(settings -> new StaffCalls(settings.notice(), CommandSignal.of(settings), clock))
                .orElseGet(() -> StaffCalls.none(clock));
    }

    /** Voice guidance where a speech engine is installed; without one the kiosk serves as before (the log says why). */
    private void voiceGuidance(Scene scene) {
        voice.get().ifPresent(speaker -> {
            VoiceGuide guide = new VoiceGuide(speaker, false);
            session.visits().subscribe(guide::follow);
            VoiceKeys.attach(scene, guide);
        });
    }

    private StaffDoor staffDoor(I18n i18n, StaffCalls calls) {
        Optional<StaffPinHash> hash = session.config().staffPin();
        if (hash.isEmpty() && session.virtualReader().isPresent()) {
            // The demo PIN is documented in docs/kiosk.md; a log line never names a PIN, even a demo one.
            LOG.warn("No staffPinHash configured: the documented demo staff PIN opens the staff screen"
                    + " (virtual card only)");
            hash = Optional.of(StaffPinHash.parse(DEMO_STAFF_PIN_HASH));
        }
        if (hash.isEmpty()) {
            LOG.warn("No staffPinHash configured: the staff screen cannot be opened; see ./madoguchi staff-pin-hash");
        }
        return new StaffDoor(i18n, hash, session.staffConsole(this::exit), calls);
    }

    private void exit() {
        exited.countDown();
    }

    /** Shows the kiosk once {@code toolkit} runs and blocks until staff exit; the caller stops the toolkit. */
    public void run(FxToolkit toolkit, boolean windowed) throws InterruptedException {
        toolkit.awaitStarted();
        Platform.runLater(() -> show(new Stage(), windowed));
        exited.await();
    }
}
