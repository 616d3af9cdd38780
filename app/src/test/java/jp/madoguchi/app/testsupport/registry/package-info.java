/**
 * The reference registry server on a free loopback port with a throw-away test PKI ({@link
 * jp.madoguchi.app.testsupport.registry.RegistryStack}), shared by the registry tests and the production kiosk
 * tests.
 */
package jp.madoguchi.app.testsupport.registry;
