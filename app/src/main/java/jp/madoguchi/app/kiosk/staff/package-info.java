/**
 * The staff screen's side in the running kiosk: {@link jp.madoguchi.app.kiosk.staff.KioskStaffConsole} answers the
 * screen's questions from the health checks, the doctor (test read), the printer (check and a test page) and the
 * configuration, as models the screen puts in words; {@link jp.madoguchi.app.kiosk.staff.StaffCallSettings} and
 * {@link jp.madoguchi.app.kiosk.staff.CommandSignal} are the configured call-staff key's lamp or buzzer, run without a
 * shell.
 */
package jp.madoguchi.app.kiosk.staff;
