package jp.madoguchi.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import jp.madoguchi.ui.theme.KioskTheme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A message label breaks its own lines for its real width and font, and re-breaks when either changes. */
@KioskFxTest
class WrappedTextTest {
    private final I18n i18n = new I18n(KioskLanguage.THAI);
    private final StringProperty message = new SimpleStringProperty(i18n.tr("unlock.app"));
    private MessageLabel label;
    private VBox column;

    @Start
    void start(Stage stage) {
        label = new MessageLabel(message, "kiosk-body");
        column = new VBox(label);
        column.setPrefWidth(400);
        column.setMaxWidth(400);
        Scene scene = new Scene(new VBox(column), 1200, 900);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyLineOfALongThaiMessageFitsTheLabel() {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label.getText()).contains("\n");
        assertThat(label.getText().replace("\n", "").replace(" ", ""))
                .isEqualTo(message.get().replace(" ", ""));
        assertEveryLineFits(label);
    }

    @Test
    void reBreaksWhenTheMessageOrTheWidthChanges(FxRobot robot) {
        robot.interact(() -> message.set("Short"));
        assertThat(label.getText()).isEqualTo("Short");

        robot.interact(() -> {
            message.set(i18n.format(KioskLanguage.NEPALI, "cardProblem.noCertificate"));
            column.setPrefWidth(250);
            column.setMaxWidth(250);
        });

        assertEveryLineFits(label);
    }

    private static void assertEveryLineFits(Label label) {
        double available = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
        Text ruler = new Text();
        ruler.setFont(label.getFont());
        for (String line : label.getText().split("\n")) {
            ruler.setText(line);
            assertThat(ruler.getLayoutBounds().getWidth()).as(line).isLessThanOrEqualTo(available);
        }
    }
}
