/** Test support for rule bundles: a rules signer and copies of the sample rule files to sign. */
package jp.madoguchi.app.testsupport.rules;
