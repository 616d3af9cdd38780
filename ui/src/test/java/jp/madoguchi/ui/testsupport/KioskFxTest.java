package jp.madoguchi.ui.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A TestFX test on the headless kiosk toolkit, with the bundled fonts registered before its {@code @Start}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BundledFontsExtension.class, ApplicationExtension.class})
public @interface KioskFxTest {
}
