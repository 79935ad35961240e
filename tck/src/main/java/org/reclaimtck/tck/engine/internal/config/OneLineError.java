package org.reclaimtck.tck.engine.internal.config;

import org.apiguardian.api.API;

/**
 * An error the kit reports as its message alone: no stack trace (there is nothing in the kit to debug), and
 * {@link #toString()} is the message itself, so Surefire and the console print what the user must act on.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public abstract class OneLineError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected OneLineError(String message) {
        super(message);
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
