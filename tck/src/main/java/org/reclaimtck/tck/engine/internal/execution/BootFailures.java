package org.reclaimtck.tck.engine.internal.execution;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A provider that cannot boot is one error, not one per (rule, case, seed): the first run whose {@code boot()} throws
 * a given exception (class and message) is reported in full; every later run that throws the same is aborted with one
 * line pointing at it. A boot failure peculiar to one case's machine has its own message, so it is reported too.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class BootFailures {
    private final Map<String, String> firstBySignature = new ConcurrentHashMap<>();

    /**
     * Empty if {@code error} is the first boot failure of its kind (the caller reports it); else the one line naming
     * the exception and the run it was reported on.
     */
    Optional<String> firstElsewhere(Throwable error, RuleTarget t) {
        String signature = String.valueOf(error);
        String here = t.caseDef().qualifiedId() + " [" + t.rule().id() + "] seed " + t.seed();
        String first = firstBySignature.putIfAbsent(signature, here);
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(signature.lines().findFirst().orElse("") + " (reported once, on " + first + ")");
    }
}
