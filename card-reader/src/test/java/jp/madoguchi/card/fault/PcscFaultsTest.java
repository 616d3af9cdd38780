package jp.madoguchi.card.fault;

import static org.assertj.core.api.Assertions.assertThat;

import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcscFaultsTest {
    /** SunPCSC's PCSCException is internal; its message is the SCARD_* name, wrapped in a CardException. */
    private static CardException sunPcsc(String code) {
        return new CardException("transmit() failed", new Exception(code));
    }

    @ParameterizedTest
    @CsvSource({
        "SCARD_E_NO_READERS_AVAILABLE, NoReaders", "SCARD_E_NO_SERVICE, ServiceDown",
        "SCARD_E_SERVICE_STOPPED, ServiceDown", "SCARD_F_COMM_ERROR, ServiceDown",
        "SCARD_E_INVALID_HANDLE, ServiceDown", "SCARD_W_REMOVED_CARD, CardRemoved",
        "SCARD_E_NO_SMARTCARD, CardRemoved", "SCARD_E_NOT_TRANSACTED, CardRemoved",
        "SCARD_W_RESET_CARD, CardRemoved", "SCARD_E_READER_UNAVAILABLE, ReaderGone",
        "SCARD_E_UNKNOWN_READER, ReaderGone", "SCARD_E_SHARING_VIOLATION, SharingViolation",
        "SCARD_E_PROTO_MISMATCH, Unexpected"
    })
    void mapsEveryScardCodeOnce(String code, String faultType) {
        CardFault fault = PcscFaults.map(sunPcsc(code), "Reader 0");
        assertThat(fault.getClass().getSimpleName()).isEqualTo(faultType);
        assertThat(fault.message()).isNotBlank();
    }

    @Test
    void removalAfterTheFirstFailureIsAnIllegalStateException() {
        assertThat(PcscFaults.map(new IllegalStateException("Card has been removed"), null))
                .isInstanceOf(CardFault.CardRemoved.class);
    }

    @Test
    void findsTheCodeDeepInTheCauseChain() {
        Throwable deep = new RuntimeException("wrapper", new CardNotPresentException("No card present",
                new Exception("SCARD_E_NO_SMARTCARD")));
        assertThat(PcscFaults.scardCode(deep)).contains("SCARD_E_NO_SMARTCARD");
        assertThat(PcscFaults.map(deep, null)).isInstanceOf(CardFault.CardRemoved.class);
    }

    @Test
    void unknownFailuresKeepTheirDescription() {
        CardFault fault = PcscFaults.map(new IllegalArgumentException("odd"), null);
        assertThat(fault).isInstanceOf(CardFault.Unexpected.class);
        assertThat(fault.message()).contains("odd");
    }

    @Test
    void serviceDownTellsTheStaffHowToStartIt() {
        assertThat(new CardFault.ServiceDown("SCARD_E_NO_SERVICE").message()).contains("pcscd");
        assertThat(new CardFault.ReaderGone("ACS ACR1252").message()).contains("ACS ACR1252");
    }
}
