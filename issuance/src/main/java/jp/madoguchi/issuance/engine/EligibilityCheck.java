package jp.madoguchi.issuance.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.registry.KosekiEntry;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentFlag;
import jp.madoguchi.issuance.rules.BlockingCondition;

/**
 * May this requester use the kiosk for this certificate at all: minimum age, blocking conditions on anyone the
 * certificate concerns, and being on this municipality's register (住所地, or 本籍地 with 利用登録 for 戸籍).
 */
final class EligibilityCheck implements Check {
    @Override
    public void apply(Case c, Evaluation out) {
        age(c, out);
        for (BlockingCondition condition : BlockingCondition.values()) {
            blocking(c, condition, out);
        }
        if (c.rule().type().register().keptByHonseki()) {
            honseki(c, out);
        } else {
            boolean here = c.self().address().value().equals(c.municipality());
            out.check(here, "residence", "registered here", "residence.not-resident",
                    "registered in " + c.self().address(), "municipality", c.municipality());
        }
    }

    private static void age(Case c, Evaluation out) {
        int minimum = c.rule().minimumAge();
        int age = c.self().ageOn(c.local().toLocalDate());
        if (minimum == 0) {
            out.skip("age", "no minimum age");
        } else {
            out.check(age >= minimum, "age", "age " + age + " >= " + minimum, "age.below-minimum",
                    "age " + age + " < " + minimum,
                    "minimumAge", Integer.toString(minimum), "age", Integer.toString(age));
        }
    }

    private static void blocking(Case c, BlockingCondition condition, Evaluation out) {
        String kind = "blocked." + condition.id();
        if (!c.rule().blockedFor().contains(condition)) {
            out.skip(kind, "not a blocking condition here");
            return;
        }
        List<String> affected = new ArrayList<>(1);
        LocalDate today = c.local().toLocalDate();
        for (Resident person : concerned(c)) {
            boolean hit = switch (condition) {
                case MOVING_OUT -> person.has(ResidentFlag.MOVING_OUT);
                case SUPPORT_MEASURE -> person.has(ResidentFlag.SUPPORT_MEASURE);
                case MOVED_IN_TODAY -> person.residentSince().equals(today);
            };
            if (hit && !affected.contains(person.id())) {
                affected.add(person.id());
            }
        }
        if (affected.isEmpty()) {
            out.pass(kind, "none concerned");
        } else {
            out.fail(kind, kind, condition.label() + ": " + affected, "persons", String.join(",", affected));
        }
    }

    /** The requester and the subjects: a 住民票 for a household with a 転出予定者 must not be printed either. */
    private static List<Resident> concerned(Case c) {
        List<Resident> people = new ArrayList<>(c.subjects().size() + 1);
        people.add(c.self());
        people.addAll(c.subjects());
        return people;
    }

    private static void honseki(Case c, Evaluation out) {
        Optional<KosekiEntry> koseki = c.self().koseki();
        if (koseki.isEmpty()) {
            out.fail("residence", "residence.no-koseki", "no 戸籍 (foreign resident)", "municipality", c.municipality());
            return;
        }
        boolean here = koseki.get().honseki().value().equals(c.municipality());
        out.check(here, "residence", "本籍 here", "residence.honseki-elsewhere", "本籍 in " + koseki.get().honseki(),
                "municipality", c.municipality());
        if (!here || c.self().address().value().equals(c.municipality())) {
            out.skip("honseki-use", here ? "住所 and 本籍 in the same municipality" : "本籍 elsewhere");
            return;
        }
        out.check(koseki.get().useRegistered(), "honseki-use", "本籍地利用登録 done", "registration.honseki-use-missing",
                "no 本籍地利用登録", "municipality", c.municipality());
    }
}
