package jp.madoguchi.ui.view;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.GridPane;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.ModelText;

/**
 * ご利用履歴・残高照会: a row of column headings, one row per past visit (date, documents with their counts, fee,
 * refund owed), then what is owed in total and where it is paid, and the key that prints it (until one copy came
 * out) with how the last print went.
 */
final class AccountInquiryView {
    private static final String SEPARATOR = " / ";

    private AccountInquiryView() {}

    static StepPage of(AccountInquiry step, ViewContext ctx) {
        AccountStatement statement = step.statement();
        StepPage page = new StepPage(step.id(), ctx.i18n().text("attract.service.account"));
        if (statement.visits().isEmpty()) {
            page.content(ctx.label("account.none", "kiosk-body"));
        } else {
            GridPane rows = new GridPane();
            rows.getStyleClass().add("summary-rows");
            rows.addRow(0, ctx.label("account.column.date", "summary-label"),
                    ctx.label("account.column.documents", "summary-label"),
                    ctx.label("account.column.fee", "summary-label"),
                    ctx.label("account.column.refund", "summary-label"));
            for (int i = 0; i < statement.visits().size(); i++) {
                AccountVisit visit = statement.visits().get(i);
                rows.addRow(i + 1, value(ctx.text().message(Message.of("account.date", visit.date()))),
                        value(documents(visit.certificates(), ctx)),
                        value(ctx.i18n().text("account.fee", visit.feeYen())),
                        value(visit.refundDueYen() > 0 ? ctx.i18n().text("account.refundDue", visit.refundDueYen())
                                : ViewContext.fixed("")));
            }
            page.content(rows);
        }
        page.content(ctx.label("account.refundsDue", "kiosk-subtitle", statement.refundsDueYen()));
        page.content(ctx.label("account.balance", "kiosk-subtitle", statement.balanceYen()));
        if (statement.refundsDueYen() > 0 || statement.balanceYen() > 0) {
            page.content(ctx.label("account.refundWhere", "kiosk-body"));
        }
        if (step.print() instanceof StatementPrint.Printed) {
            page.content(ctx.attention("account.printed"));
        } else if (step.print() instanceof StatementPrint.Failed failed) {
            page.content(ctx.problem("account.printFailed"), ctx.label(failed.problem().messageKey(), "kiosk-body"),
                    ctx.staffHelp(step.id(), "attract.service.account"));
        }
        return step.printable()
                ? page.rightActions(ctx.key("account.print", "print-statement", new ResidentAction.PrintStatement()),
                        ctx.ok())
                : page.rightActions(ctx.ok());
    }

    private static MessageLabel value(ObservableValue<String> text) {
        return new MessageLabel(text, "summary-value");
    }

    /**
     * Certificate names in the resident's language, each once with its count (住民票の写し ×2, not the name twice);
     * an id this kiosk no longer offers is shown as it is.
     */
    private static ObservableValue<String> documents(List<String> ids, ViewContext ctx) {
        Map<String, Long> counts = ids.stream().collect(Collectors.groupingBy(id -> id, LinkedHashMap::new,
                Collectors.counting()));
        return Bindings.createStringBinding(() -> ids.isEmpty() ? ctx.i18n().tr("account.noneIssued")
                : counts.entrySet().stream().map(e -> name(e.getKey(), ctx) + (e.getValue() > 1 ? " ×" + e.getValue()
                        : "")).collect(Collectors.joining(SEPARATOR)),
                ctx.i18n().languageProperty());
    }

    private static String name(String id, ViewContext ctx) {
        return Arrays.stream(CertificateType.values()).filter(type -> type.id().equals(id)).findFirst()
                .map(type -> ctx.i18n().tr(ModelText.key(type))).orElse(id);
    }
}
