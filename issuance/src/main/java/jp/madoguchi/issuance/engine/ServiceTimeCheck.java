package jp.madoguchi.issuance.engine;

import java.time.LocalDateTime;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.DateClosure;
import jp.madoguchi.issuance.rules.DayHours;
import jp.madoguchi.issuance.rules.MaintenanceWindow;

/**
 * Is the service running at this Tokyo local time: year-end closure, dated maintenance, announced closed days, and
 * the day's hours (one or more windows).
 */
final class ServiceTimeCheck implements Check {
    @Override
    public void apply(Case c, Evaluation out) {
        CertificateRule rule = c.rule();
        LocalDateTime now = c.local();
        if (rule.yearEnd().contains(now.toLocalDate())) {
            out.fail("year-end", "closed.year-end", "closed " + rule.yearEnd(), "period", rule.yearEnd().toString());
        } else {
            out.pass("year-end", "outside " + rule.yearEnd());
        }
        maintenance(c, now, out);
        closure(c, now, out);
        DayHours today = rule.hours().on(now.toLocalDate());
        if (today.contains(now.toLocalTime())) {
            out.pass("hours", now.toLocalTime() + " within " + today);
        } else if (rule.hours().closedForHoliday(now.toLocalDate())) {
            // Said as it is: "weekdays 08:30-17:15" alone would puzzle a resident on a Monday that is a 祝日.
            out.fail("hours", "hours.holiday", now.toLocalDate() + " is a national holiday",
                    "certificate", rule.type().id(), "date", now.toLocalDate().toString(),
                    "hours", rule.hours().describe());
        } else {
            String detail = today.isClosed() ? " on a day without service" : " outside " + today;
            out.fail("hours", "hours.outside", now.toLocalTime() + detail,
                    "certificate", rule.type().id(), "hours", rule.hours().describe());
        }
    }

    private static void maintenance(Case c, LocalDateTime now, Evaluation out) {
        for (MaintenanceWindow window : c.ruleSet().maintenance()) {
            if (window.stops(c.rule().type(), now)) {
                out.fail("maintenance", "closed.maintenance", "stopped " + window.from() + " to " + window.until(),
                        "until", window.until().toString(), "note", window.note());
                return;
            }
        }
        out.pass("maintenance", "no maintenance at " + now);
    }

    private static void closure(Case c, LocalDateTime now, Evaluation out) {
        for (DateClosure closure : c.ruleSet().closures()) {
            if (closure.closes(c.rule().type(), now.toLocalDate())) {
                out.fail("closure", "closed.day", "closed " + closure.period(), "period", closure.period(),
                        "note", closure.note());
                return;
            }
        }
        out.pass("closure", "no closed day on " + now.toLocalDate());
    }
}
