package jp.madoguchi.ui.view;

import java.util.List;
import javafx.scene.Node;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.ui.controls.ChoiceTile;
import jp.madoguchi.ui.controls.UnavailableTile;

/**
 * The municipality's menu from the rules engine: available certificates with their fee, the others greyed with
 * the engine's first reason (one reason is enough to say no; the rest would crowd the tile).
 */
final class ChooseCertificateView {
    private ChooseCertificateView() {}

    static StepPage of(ChooseCertificate step, ViewContext ctx) {
        List<Node> tiles = step.items().stream().map(item -> tile(item, ctx)).toList();
        return new StepPage(step.id(), ctx.i18n().text("certificate.title"))
                .content(ViewContext.plain(step.municipality().name(), "kiosk-subtitle"), TileGrid.of(2, tiles))
                .leftActions(ctx.back()).cancelAction(ctx.cancel());
    }

    private static Node tile(CertificateChoice item, ViewContext ctx) {
        String id = "certificate-" + item.certificate().id();
        if (!item.available()) {
            UnavailableTile greyed = new UnavailableTile(ctx.i18n(), ctx.text().certificate(item.certificate()),
                    ctx.text().reason(item.reasons().get(0)));
            greyed.setId(id);
            return greyed;
        }
        ChoiceTile tile = new ChoiceTile(ctx.text().certificate(item.certificate()),
                item.feePerCopy().map(fee -> ctx.i18n().text("certificate.feePerCopy", fee)).orElse(null));
        tile.setId(id);
        tile.setOnAction(event -> ctx.send(new ResidentAction.ChooseCertificate(item.certificate())));
        return tile;
    }
}
