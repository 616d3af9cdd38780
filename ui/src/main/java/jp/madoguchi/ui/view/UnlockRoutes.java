package jp.madoguchi.ui.view;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import jp.madoguchi.ui.controls.MessageLabel;

/** "How to unlock": the routes a locked auth PIN can take, shared by the card-problem and PIN-locked steps. */
final class UnlockRoutes {
    private UnlockRoutes() {}

    static VBox of(List<UnlockRoute> routes, ViewContext ctx) {
        return of(routes, ctx, "unlock.title");
    }

    /** The same routes under another heading: setting a forgotten PIN again, rather than unlocking. */
    static VBox of(List<UnlockRoute> routes, ViewContext ctx, String headingKey) {
        VBox box = new VBox();
        box.getStyleClass().addAll("section", "unlock-routes");
        if (!routes.isEmpty()) {
            box.getChildren().add(ctx.label(headingKey, "kiosk-subtitle"));
        }
        for (UnlockRoute route : routes) {
            MessageLabel line = ctx.label(route.messageKey(), "kiosk-body");
            line.setId("unlock-" + route.name().toLowerCase(Locale.ROOT));
            box.getChildren().add(line);
        }
        return box;
    }
}
