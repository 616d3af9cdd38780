package jp.madoguchi.ui.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test on the headless kiosk toolkit, with the bundled fonts registered before its {@code @Start}: the one
 * FX set-up of the ui and app tests (app gets it from ui's test jar). Inherited, so a base class can carry it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith({KioskToolkitExtension.class, ApplicationExtension.class})
public @interface KioskFxTest {
}
