package org.reclaimtck.tck.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What the certificate adds to {@link RunInfo}: the code hashes, the JDK, and the parameters a re-run needs.
 *
 * @param tckSha256      SHA-256 of the kit's code source ({@link CodeSourceHash})
 * @param providerKey    the {@code reclaimtck.provider} value that selects the provider again
 * @param providerClass  the provider's class name
 * @param providerSha256 SHA-256 of the provider's code source
 * @param jdk            {@code java.version}, {@code java.vm.name}, {@code runnerThread}
 * @param parameters     the parameters in effect (seeds, rules, case, timeout), name to value
 * @param verifyCommand  the command that re-runs the same (rule, case, seed) set
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CertificateInfo(String tckSha256, String providerKey, String providerClass, String providerSha256,
                              Map<String, String> jdk, Map<String, String> parameters, String verifyCommand) {
    public CertificateInfo {
        jdk = Collections.unmodifiableMap(new LinkedHashMap<>(jdk));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
