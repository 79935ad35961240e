package org.reclaimtck.tck.engine.internal.config;

import org.apiguardian.api.API;

/**
 * A bad configuration value or an unusable provider, said in one line that names the parameter and the
 * value: no stack trace (there is nothing to debug in the kit), and {@link #toString()} is the line itself.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ConfigurationError extends OneLineError {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public ConfigurationError(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    /** The parameter (or file, e.g. {@link RuleBook#SERVICES}) the error is about. */
    public String parameter() {
        return parameter;
    }
}
