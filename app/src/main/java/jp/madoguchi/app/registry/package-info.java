/**
 * The resident registry over the network: {@link jp.madoguchi.app.registry.RegistryEndpoint} (where it is and the
 * kiosk's TLS identity), the HTTPS client adapter of the registry port, and the reference registry server that the
 * tests, the demo and a vendor's integration team use. The protocol is in {@code docs/registry.md}.
 */
package jp.madoguchi.app.registry;
