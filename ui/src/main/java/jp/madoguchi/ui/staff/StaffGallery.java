package jp.madoguchi.ui.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.kiosk.KioskScreen;

/**
 * The staff side for the gallery: a call-staff key pressed on the issue-failed screen, then the staff screen as a
 * clerk meets it over {@link SampleConsole} (the call waiting, a test read of a card, scrolled down, the card's
 * serial asked for, a test page, the exit question). Each shot's {@code prepare} sets the screen; the renderer then
 * takes the picture. FX thread only.
 */
public final class StaffGallery {
    /** A picture: its file name (without {@code .png}) and what to do to the screen first. */
    public record Shot(String name, Runnable prepare) {}

    /** The gallery's moment, a few minutes after its last sample visit, so every picture shows the same times. */
    private static final Clock AT = Clock.fixed(Instant.parse("2026-12-07T05:16:30Z"), ZoneId.of("Asia/Tokyo"));
    private final StaffCalls calls;
    private final StaffDoor door;

    public StaffGallery(I18n i18n) {
        calls = new StaffCalls(true, CallSignal.answered(true), AT);
        door = new StaffDoor(i18n, Optional.empty(), new SampleConsole(), calls, AT, System::nanoTime);
    }

    /** For the gallery's {@link KioskScreen}: the call-staff key's effect. */
    public StaffCalls calls() {
        return calls;
    }

    public Node corner() {
        return door.corner();
    }

    public Node layer() {
        return door.layer();
    }

    /** For the gallery screen's top bar. */
    public Node callNotice() {
        return door.callNotice();
    }

    /** The shots' names, in the order {@link #shots} takes them. */
    public static final List<String> NAMES = List.of("issue-failed--staff-called", "staff", "staff--test-read",
            "staff--test-read-scrolled", "staff--serials-shown", "staff--test-print", "staff--exit-confirmation",
            "attract--staff-call-waiting");

    /** The shots over {@code screen}, which must carry {@link #calls()}, {@link #layer()} and {@link #callNotice()}; in this order. */
    public List<Shot> shots(KioskScreen screen, Language language, long sequence) {
        StaffScreen staff = door.screen();
        VisitSnapshot failed = new VisitSnapshot(sequence, Optional.of(new VisitId("V-0123456789abcdef")), language,
                new IssueFailed(IssueProblem.OUT_OF_PAPER, 400), Optional.empty(), false);
        VisitSnapshot home = new VisitSnapshot(sequence + 1, Optional.empty(), language,
                new Attract(List.of(Service.values())), Optional.empty(), false);
        List<Runnable> steps = List.of(
                () -> {
                    screen.show(failed);
                    fire(screen.root(), "#call-staff");
                },
                door::openScreen,
                () -> fire(staff, "#staff-test-read"),
                () -> scroll(staff, 1),
                () -> {
                    fire(staff, "#staff-show-serials");
                    settle(screen.root()); // the lines just added, laid out, so the bottom is really the bottom
                    scroll(staff, 0);
                    scroll(staff, 1);
                },
                () -> {
                    scroll(staff, 0);
                    fire(staff, "#staff-test-print");
                },
                () -> fire(staff, "#staff-exit"),
                () -> {
                    staff.close();
                    screen.show(home);
                });
        return IntStream.range(0, NAMES.size()).mapToObj(i -> new Shot(NAMES.get(i), steps.get(i))).toList();
    }

    private static void fire(Node root, String id) {
        ((ButtonBase) root.lookup(id)).fire();
    }

    private static void settle(Parent root) {
        root.applyCss();
        root.layout();
        root.layout();
    }

    private static void scroll(Node root, double to) {
        ((ScrollPane) root.lookup("#staff-scroll")).setVvalue(to);
    }
}
