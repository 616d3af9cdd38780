package jp.madoguchi.ui.view;

import java.util.List;
import java.util.Locale;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.ui.controls.ChoiceTile;
import jp.madoguchi.ui.controls.LanguagePicker;
import jp.madoguchi.ui.controls.MessageLabel;

/**
 * The start screen: the services as large tiles (with what each is for) and every language by its own name,
 * because a resident who cannot read Japanese must find their language before anything else. While a card lies on
 * the reader (the last resident forgot it) an amber reminder takes the place of the title and subtitle, until the
 * card is taken; the services and languages stay where they are.
 */
final class AttractView {
    private AttractView() {}

    static StepPage of(Attract step, ViewContext ctx) {
        List<ChoiceTile> services = step.services().stream().map(service -> tile(service, ctx)).toList();
        LanguagePicker languages = new LanguagePicker(ctx.i18n());
        MessageLabel subtitle = ctx.label("attract.subtitle", "kiosk-subtitle");
        ViewContext.hideWhile(subtitle, ctx.cardOnReader());
        return new StepPage(step.id(), ctx.i18n().text("attract.title"))
                .titleGivesWayTo(ctx.cardLeft(), ctx.cardOnReader())
                .content(
                        subtitle,
                        TileGrid.of(2, services),
                        ctx.label("language.title", "kiosk-subtitle"),
                        languages,
                        ctx.label("attract.cardsAccepted", "kiosk-note"));
    }

    private static ChoiceTile tile(Service service, ViewContext ctx) {
        ChoiceTile tile = new ChoiceTile(ctx.i18n().text(service.messageKey()),
                ctx.i18n().text(service.messageKey() + ".hint"));
        tile.setId("service-" + service.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        tile.setOnAction(event -> ctx.send(new ResidentAction.ChooseService(service)));
        return tile;
    }
}
