package jp.madoguchi.card.testsupport.pcscd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that drive a real pcscd + vpcd (and OpenSC when {@link #opensc()}). Without the stack they
 * are reported skipped with the reason; with {@code CI=true} they run and fail loudly instead. A test parameter of
 * type {@link VirtualCardStack} gets a private pcscd with vpcd and the virtual card's client, closed after the test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PcscStackExtension.class)
public @interface RequiresPcscStack {
    boolean opensc() default false;
}
