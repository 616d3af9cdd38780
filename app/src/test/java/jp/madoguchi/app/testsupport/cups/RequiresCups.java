package jp.madoguchi.app.testsupport.cups;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks tests that print through a real CUPS with cups-pdf; they get the {@link CupsStack} as a parameter. Without
 * CUPS they are reported skipped with the reason; with {@code CI=true} they fail instead.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CupsExtension.class)
public @interface RequiresCups {}
