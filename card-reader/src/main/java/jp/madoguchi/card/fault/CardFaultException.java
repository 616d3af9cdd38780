package jp.madoguchi.card.fault;

/** Carries a {@link CardFault} through code that must stop; the message is the fault's, never a PIN. */
public final class CardFaultException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient CardFault fault;

    public CardFaultException(CardFault fault) {
        super(fault.message());
        this.fault = fault;
    }

    public CardFaultException(CardFault fault, Throwable cause) {
        super(fault.message(), cause);
        this.fault = fault;
    }

    public CardFault fault() {
        return fault;
    }
}
