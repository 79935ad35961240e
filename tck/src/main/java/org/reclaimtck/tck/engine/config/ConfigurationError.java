package org.reclaimtck.tck.engine.config;

/**
 * A bad configuration value or an unusable provider, said in one line that names the parameter and the
 * value: no stack trace (there is nothing to debug in the kit), and {@link #toString()} is the line itself.
 */
public final class ConfigurationError extends RuntimeException {
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

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
