/**
 * The staff side of the kiosk: the hidden gesture, the staff PIN (checked against a PBKDF2 hash from
 * configuration, never stored in clear), and the staff screen: its title and keys pinned while its sections scroll,
 * every model value in words ({@link jp.madoguchi.ui.staff.StaffWords}), a card's identity shown only when asked, an
 * exit that asks first, and closing itself when left alone. {@link jp.madoguchi.ui.staff.StaffConsole} and its
 * models are what the app provides; {@link jp.madoguchi.ui.staff.StaffCalls} is the call-staff key's effect (the
 * notice on the resident screen, the configured lamp or buzzer, the answer on the staff screen).
 */
package jp.madoguchi.ui.staff;
