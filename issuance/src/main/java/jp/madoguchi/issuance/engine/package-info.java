/**
 * The rules engine: pure, deterministic decisions on compiled rule sets.
 * {@link jp.madoguchi.issuance.engine.RuleEngine} answers "may this person get this certificate here, now?" with a
 * {@link jp.madoguchi.issuance.engine.Decision} that carries every reason for a denial, the options actually
 * available, the fee and a trace of each rule evaluated; and "what can this person get here right now?" with a
 * {@link jp.madoguchi.issuance.engine.Menu}. Time is always Asia/Tokyo. Nothing here reads or prints a 個人番号:
 * "my-number" is only an option flag.
 */
package jp.madoguchi.issuance.engine;
