package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.HealthCheck;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.app.output.document.SampleMyNumbers;
import jp.madoguchi.app.registry.HttpsResidentRegistry;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * Where a kiosk's residents and their 個人番号 come from, and how their source is checked: the configured registry
 * over mutual TLS (checked live), else in the demo and training the sample registry, and in production nothing (an
 * empty registry behind a failed check, so the kiosk stays out of service and never falls back to the samples).
 */
record KioskRegistry(ResidentRegistry residents, MyNumberSource myNumbers, Optional<HealthCheck> check) {
    static KioskRegistry of(KioskConfig config) {
        if (config.registryEndpoint().isPresent()) {
            try {
                HttpsResidentRegistry https = HttpsResidentRegistry.connect(config.registryEndpoint().get());
                return new KioskRegistry(https, https, Optional.of(HealthCheck.of(ServiceCheck.REGISTRY,
                        https::problem)));
            } catch (IOException | GeneralSecurityException e) {
                return none("the registry's TLS files cannot be used: " + e.getMessage());
            }
        }
        if (config.kioskMode() == KioskMode.PRODUCTION) {
            return none("no registry is configured (registry: url, clientCertificate, clientKey, serverCa)");
        }
        return new KioskRegistry(InMemoryResidentRegistry.bundledSample(), new SampleMyNumbers(), Optional.empty());
    }

    private static KioskRegistry none(String why) {
        MyNumberSource refusing = subject -> {
            throw new RegistryUnavailableException(why);
        };
        return new KioskRegistry(InMemoryResidentRegistry.of(List.of()), refusing,
                Optional.of(HealthCheck.failed(ServiceCheck.REGISTRY, why)));
    }
}
