package org.reclaimtck.tck.engine.internal.execution;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.Capability;
import org.reclaimtck.tck.api.KernelCase;
import org.reclaimtck.tck.api.TckCase;

/** A validated case class: its {@link TckCase} attributes and a factory for fresh instances. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CaseDefinition {
    private final Class<? extends KernelCase> type;
    private final TckCase spec;

    private CaseDefinition(Class<? extends KernelCase> type, TckCase spec) {
        this.type = type;
        this.spec = spec;
    }

    /** True if the class carries {@link TckCase} (valid or not). */
    public static boolean isCase(Class<?> c) {
        return c.isAnnotationPresent(TckCase.class);
    }

    /**
     * Validates a {@link TckCase} class.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static CaseDefinition of(Class<?> c) {
        TckCase spec = c.getAnnotation(TckCase.class);
        String name = c.getName();
        if (spec == null) {
            throw new IllegalArgumentException(name + " is not annotated @TckCase");
        }
        if (!KernelCase.class.isAssignableFrom(c)) {
            throw new IllegalArgumentException("@TckCase class " + name + " does not implement " + KernelCase.class.getName());
        }
        if (Modifier.isAbstract(c.getModifiers()) || !Modifier.isPublic(c.getModifiers())) {
            throw new IllegalArgumentException("@TckCase class " + name + " must be public and concrete");
        }
        try {
            c.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("@TckCase class " + name + " has no public no-arg constructor");
        }
        if (spec.suite().isBlank() || spec.id().isBlank() || spec.rules().length == 0) {
            throw new IllegalArgumentException("@TckCase on " + name + " needs a suite, an id and at least one rule");
        }
        return new CaseDefinition(c.asSubclass(KernelCase.class), spec);
    }

    public Class<? extends KernelCase> type() {
        return type;
    }

    public String suite() {
        return spec.suite();
    }

    public String id() {
        return spec.id();
    }

    /** {@code suite/id}. */
    public String qualifiedId() {
        return spec.suite() + "/" + spec.id();
    }

    public List<String> rules() {
        return List.of(spec.rules());
    }

    public Set<Capability> requires() {
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        out.addAll(List.of(spec.requires()));
        return out;
    }

    public int maxSeeds() {
        return spec.maxSeeds();
    }

    /** True if the case's check alone judges runs that end abnormally ({@link TckCase#judgesAbnormalEnds()}). */
    public boolean judgesAbnormalEnds() {
        return spec.judgesAbnormalEnds();
    }

    /** A fresh instance for one run. */
    public KernelCase newInstance() throws ReflectiveOperationException {
        Constructor<? extends KernelCase> c = type.getConstructor();
        return c.newInstance();
    }

    @Override
    public String toString() {
        return qualifiedId() + " (" + type.getName() + ")";
    }
}
