package jp.madoguchi.issuance.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.registry.KosekiEntry;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentFlag;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.BlockingCondition;

/**
 * May this requester use the kiosk for this certificate at all: minimum age, blocking conditions on everyone in each
 * condition's scope, and being on this municipality's register (住所地, or 本籍地 with 利用登録 for 戸籍).
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
        BlockScope scope = c.rule().blockedFor().get(condition);
        if (scope == null) {
            out.skip(kind, "not a blocking condition here");
            return;
        }
        List<String> affected = new ArrayList<>(1);
        LocalDate today = c.local().toLocalDate();
        Set<Resident> concerned = condition.requesterOnly() ? Set.of(c.self()) : concerned(c, scope);
        for (Resident person : concerned) {
            boolean hit = switch (condition) {
                case MOVING_OUT -> person.has(ResidentFlag.MOVING_OUT);
                case SUPPORT_MEASURE -> person.has(ResidentFlag.SUPPORT_MEASURE);
                case MOVED_IN_TODAY -> person.residentSince().equals(today);
                case KOSEKI_PENDING -> person.has(ResidentFlag.KOSEKI_PENDING);
                case CARD_TODAY -> person.cardSince().filter(today::equals).isPresent();
            };
            if (hit) {
                affected.add(person.id());
            }
        }
        String persons = String.join(", ", affected);
        if (affected.isEmpty()) {
            out.pass(kind, "none concerned (" + scope.id() + ")");
        } else if (affected.contains(c.self().id())) {
            out.fail(kind, kind, condition.label() + ": " + persons, "persons", persons);
        } else {
            // Someone else's situation: the kiosk says only "at the counter", never whose or which (支援措置).
            out.fail(kind, "blocked.others", condition.label() + " in " + scope.id() + ": " + persons,
                    "condition", condition.id(), "scope", scope.id(), "persons", persons);
        }
    }

    /**
     * Everyone whose situation the scope covers, the requester first: the subjects (a 世帯全員 住民票 has the whole
     * household as subjects), then the household or 戸籍 members the registry gave with the requester.
     */
    private static Set<Resident> concerned(Case c, BlockScope scope) {
        Set<Resident> people = new LinkedHashSet<>();
        people.add(c.self());
        people.addAll(c.subjects());
        if (scope == BlockScope.HOUSEHOLD) {
            people.addAll(c.requester().household());
        } else if (scope == BlockScope.KOSEKI) {
            c.requester().relatives().stream().filter(c.requester()::sameKoseki).forEach(people::add);
        }
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
                "no 本籍地利用登録", "municipality", c.municipality(),
                "businessDays", c.rule().honsekiUseLeadTime().toString());
    }
}
