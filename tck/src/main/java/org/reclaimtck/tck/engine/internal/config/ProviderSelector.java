package org.reclaimtck.tck.engine.internal.config;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.KernelProvider;

/**
 * Finds the provider under test: by ServiceLoader name, else by the class name of a {@link KernelProvider}
 * with a public no-arg constructor, else the single registered one; anything else is a one-line error.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ProviderSelector {
    private static final String P = Configuration.PROVIDER;

    private ProviderSelector() {
    }

    public static SelectedProvider select(Optional<String> configured, ClassLoader loader) {
        List<KernelProvider> found = registered(loader);
        String names = found.stream().map(KernelProvider::name).collect(Collectors.joining(", "));
        if (configured.isEmpty()) {
            if (found.size() == 1) {
                return new SelectedProvider(found.get(0), found.get(0).name());
            }
            throw new ConfigurationError(P, found.isEmpty()
                    ? "no KernelProvider registered in META-INF/services/" + KernelProvider.class.getName()
                            + " (register one, or set " + P + " to a provider class name)"
                    : "several providers found (" + names + "): set " + P + " to one of them");
        }
        String wanted = configured.get();
        for (KernelProvider p : found) {
            if (p.name().equals(wanted)) {
                return new SelectedProvider(p, wanted);
            }
        }
        Class<?> type;
        try {
            type = Class.forName(wanted, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationError(P, "no provider named '" + wanted + "' (found: "
                    + (names.isEmpty() ? "none" : names) + ")");
        }
        return new SelectedProvider(instantiate(type, wanted), wanted);
    }

    private static KernelProvider instantiate(Class<?> type, String wanted) {
        if (!KernelProvider.class.isAssignableFrom(type)) {
            throw new ConfigurationError(P, "class '" + wanted + "' does not implement " + KernelProvider.class.getName());
        }
        try {
            Constructor<?> c = type.getConstructor();
            return (KernelProvider) c.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ConfigurationError(P, "class '" + wanted + "' has no public no-arg constructor");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConfigurationError(P, "new " + type.getSimpleName() + "() threw " + cause);
        }
    }

    private static List<KernelProvider> registered(ClassLoader loader) {
        List<KernelProvider> out = new ArrayList<>();
        try {
            for (KernelProvider p : ServiceLoader.load(KernelProvider.class, loader)) {
                out.add(p);
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationError(P, "ServiceLoader failed: " + e.getMessage().replace('\n', ' '));
        }
        return out;
    }
}
