package jp.madoguchi.card.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.madoguchi.card.testsupport.SampleCard;
import org.junit.jupiter.api.Test;

class RenewalWindowTest {
    /** 2029-05-10 23:59:59 in Japan. */
    private final RenewalWindow window = new RenewalWindow(Instant.parse("2029-05-10T14:59:59Z"));

    @Test
    void opensAtMidnightInJapanThreeMonthsBeforeTheExpiryDate() {
        assertThat(window.opensOn()).isEqualTo(LocalDate.of(2029, 2, 10));
        assertThat(window.opensAt()).isEqualTo(Instant.parse("2029-02-09T15:00:00Z"));
    }

    @Test
    void boundaries() {
        LocalDate opened = LocalDate.of(2029, 2, 10);
        assertThat(window.status(Instant.parse("2029-02-09T14:59:59Z"))).isEqualTo(new RenewalStatus.NotYet(opened));
        assertThat(window.status(Instant.parse("2029-02-09T15:00:00Z"))).isEqualTo(new RenewalStatus.Open(opened));
        assertThat(window.status(Instant.parse("2029-05-10T14:59:59Z"))).isEqualTo(new RenewalStatus.Open(opened));
        assertThat(window.status(Instant.parse("2029-05-10T15:00:00Z")))
                .isEqualTo(new RenewalStatus.Expired(LocalDate.of(2029, 5, 10)));
    }

    @Test
    void monthEndsClampToTheLastDayOfTheShorterMonth() {
        RenewalWindow mayThirtyFirst = new RenewalWindow(Instant.parse("2029-05-31T14:59:59Z"));

        assertThat(mayThirtyFirst.opensOn()).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void codesAreStable() {
        assertThat(window.status(Instant.parse("2027-01-01T00:00:00Z")).code()).isEqualTo("NOT_YET");
        assertThat(window.status(Instant.parse("2029-03-01T00:00:00Z")).code()).isEqualTo("OPEN");
        assertThat(window.status(Instant.parse("2030-01-01T00:00:00Z")).code()).isEqualTo("EXPIRED");
    }

    @Test
    void takesNotAfterFromTheCertificate() {
        assertThat(RenewalWindow.of(SampleCard.get().authCertificate())).isEqualTo(window);
    }
}
