/**
 * Rule updates as signed bundles: a rules directory with a {@code MANIFEST} of its files' SHA-256 and a detached CMS
 * signature over it ({@link jp.madoguchi.app.rules.RuleBundle}), signed on the municipality's side
 * ({@code rules sign}) and verified by the kiosk against the signer certificates it is given ({@code rules verify}).
 */
package jp.madoguchi.app.rules;
