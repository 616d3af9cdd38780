package jp.madoguchi.ui.view;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.Hotline;
import jp.madoguchi.issuance.visit.step.HotlineHours;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.KioskLanguage;

/**
 * The line for the resident's language first and largest (its number, hours, whether it answers now, the paid
 * numbers to try when it cannot be reached), the other lines below it by number and purpose; what to do after losing
 * the card on the right.
 * Languages are named in themselves, so a resident finds theirs on any screen language.
 */
final class HelpView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private HelpView() {}

    static StepPage of(Help step, ViewContext ctx) {
        Hotline yours = step.yourLine();
        VBox phones = section(ctx.label("help.yourLine.title", "kiosk-subtitle"));
        phones.getChildren().addAll(number(yours, ctx, "hotline-number"), hours(yours, ctx, "kiosk-body"),
                status(yours, ctx));
        for (Hotline fallback : yours.fallbacks()) {
            phones.getChildren().add(line(fallback, ctx, "kiosk-body"));
        }
        phones.getChildren().add(ctx.label("help.otherLines.title", "kiosk-subtitle"));
        // The other lines by number and purpose only: their hours are for other languages.
        for (Hotline other : step.hotlines().subList(1, step.hotlines().size())) {
            phones.getChildren().add(number(other, ctx, "kiosk-note"));
        }
        VBox lost = section(ctx.label("help.lost.title", "kiosk-subtitle"));
        for (Message line : step.lostCardSteps()) {
            lost.getChildren().add(new MessageLabel(ctx.text().message(line), "kiosk-body"));
        }
        lost.getChildren().addAll(ctx.label("help.yearEnd", "kiosk-note"), ctx.label("help.operation", "kiosk-note"));
        HBox columns = new HBox(phones, lost);
        columns.getStyleClass().add("columns");
        return new StepPage(step.id(), ctx.i18n().text("help.title"))
                .content(columns)
                .leftActions(ctx.back());
    }

    private static VBox section(MessageLabel heading) {
        VBox section = new VBox(heading);
        section.getStyleClass().add("section");
        HBox.setHgrow(section, Priority.ALWAYS);
        section.setPrefWidth(0);
        return section;
    }

    /** The number, free or paid, and what the line is for. */
    private static MessageLabel number(Hotline line, ViewContext ctx, String style) {
        MessageLabel label = new MessageLabel(ctx.i18n().text(line.free() ? "help.number.free" : "help.number.paid",
                line.number(), ctx.i18n().text(line.purpose().messageKey())), style);
        label.setId("hotline-" + line.number());
        return label;
    }

    private static VBox line(Hotline line, ViewContext ctx, String style) {
        VBox box = new VBox(number(line, ctx, style), hours(line, ctx, "kiosk-note"));
        box.getStyleClass().add("hotline");
        return box;
    }

    private static MessageLabel status(Hotline line, ViewContext ctx) {
        MessageLabel status = line.openNow() ? new MessageLabel(ctx.i18n().text("help.openNow"), "kiosk-body",
                "open-now") : ctx.problem("help.closedNow");
        status.setId("hotline-status");
        return status;
    }

    /**
     * "Tiếng Việt: every day 10:00–19:00", one group of languages a line; a group's weekday and weekend hours share
     * its line.
     */
    private static MessageLabel hours(Hotline line, ViewContext ctx, String style) {
        ObservableValue<String> text = Bindings.createStringBinding(() -> {
            StringBuilder out = new StringBuilder();
            List<Language> previous = null;
            for (HotlineHours h : line.hours()) {
                String days = ctx.i18n().tr(h.days().messageKey());
                if (h.languages().equals(previous)) {
                    out.append(" / ").append(days).append(' ').append(time(h.opens())).append('–')
                            .append(time(h.closes()));
                } else {
                    out.append(out.length() == 0 ? "" : "\n").append(ctx.i18n().tr("help.hours", languages(h), days,
                            time(h.opens()), time(h.closes())));
                }
                previous = h.languages();
            }
            return out.toString();
        }, ctx.i18n().languageProperty());
        return new MessageLabel(text, style);
    }

    private static String languages(HotlineHours hours) {
        return hours.languages().stream().map(HelpView::endonym).collect(Collectors.joining(", "));
    }

    /** A language in itself; Chinese once, as the line speaks it, not by script. */
    static String endonym(Language language) {
        return switch (language.tag()) {
            case "zh" -> "中文";
            case "ja" -> "日本語";
            default -> KioskLanguage.forTag(language.tag()).map(KioskLanguage::endonym).orElse(language.tag());
        };
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }
}
