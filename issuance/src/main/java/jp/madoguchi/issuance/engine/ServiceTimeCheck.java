package jp.madoguchi.issuance.engine;

import java.time.LocalDateTime;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.MaintenanceWindow;
import jp.madoguchi.issuance.rules.TimeWindow;

/** Is the service running at this Tokyo local time: year-end closure, dated maintenance, and the day's hours. */
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
        MaintenanceWindow stop = null;
        for (MaintenanceWindow window : c.ruleSet().maintenance()) {
            if (window.stops(rule.type(), now)) {
                stop = window;
                break;
            }
        }
        if (stop == null) {
            out.pass("maintenance", "no maintenance at " + now);
        } else {
            out.fail("maintenance", "closed.maintenance", "stopped " + stop.from() + " to " + stop.until(),
                    "until", stop.until().toString(), "note", stop.note());
        }
        TimeWindow today = rule.hours().windowOn(now.toLocalDate());
        if (today.contains(now.toLocalTime())) {
            out.pass("hours", now.toLocalTime() + " within " + today);
        } else {
            String detail = today.isClosed() ? " on a day without service" : " outside " + today;
            out.fail("hours", "hours.outside", now.toLocalTime() + detail,
                    "certificate", rule.type().id(), "hours", rule.hours().describe());
        }
    }
}
