package jp.madoguchi.ui.view;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;
import jp.madoguchi.ui.controls.ChoiceTile;

/** 住所地 or 本籍地: each tile names the role, the municipality (as its rule file spells it) and what it issues. */
final class ChooseMunicipalityView {
    private ChooseMunicipalityView() {}

    static StepPage of(ChooseMunicipality step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("municipality.title"))
                .content(TileGrid.of(2, step.choices().stream().map(choice -> tile(choice, ctx)).toList()))
                .cancelAction(ctx.cancel());
    }

    private static ChoiceTile tile(MunicipalityChoice choice, ViewContext ctx) {
        String role = choice.role().messageKey();
        ChoiceTile tile = new ChoiceTile(
                Bindings.concat(ctx.i18n().text(role), "\n", choice.name()),
                ctx.i18n().text(role + ".hint"));
        tile.setId("municipality-" + choice.role().name().toLowerCase(Locale.ROOT));
        tile.setOnAction(event -> ctx.send(new ResidentAction.ChooseMunicipality(choice.role())));
        return tile;
    }
}
