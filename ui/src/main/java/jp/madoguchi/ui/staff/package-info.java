/**
 * The staff side of the kiosk: the hidden gesture, the staff PIN (checked against a PBKDF2 hash from
 * configuration, never stored in clear), and the staff screen with readers, the doctor's findings, recent visit
 * outcomes and a rules reload. {@link jp.madoguchi.ui.staff.StaffConsole} is what the app provides.
 */
package jp.madoguchi.ui.staff;
