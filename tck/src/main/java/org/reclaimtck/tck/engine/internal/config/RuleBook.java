package org.reclaimtck.tck.engine.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.reclaimtck.tck.api.RuleSource;
import org.reclaimtck.tck.rules.Rule;
import org.reclaimtck.tck.rules.RuleCatalogue;

/**
 * The rules of one run: the kit's catalogue followed by the rules of every {@link RuleSource} found with
 * {@link ServiceLoader} through the thread context class loader. Each id belongs to one source; a second
 * declaration is a {@link ConfigurationError} naming the id and both sources.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RuleBook {
    /** Where implementers register their rule sources; named in errors. */
    public static final String SERVICES = "META-INF/services/" + RuleSource.class.getName();
    static final String KIT = "the kit (" + RuleCatalogue.class.getName() + ")";

    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<String, String> sourceOf = new LinkedHashMap<>();

    private RuleBook() {
        for (Rule r : RuleCatalogue.all()) {
            byId.put(r.id(), r);
            sourceOf.put(r.id(), KIT);
        }
    }

    /** The kit's rules only. */
    public static RuleBook kit() {
        return new RuleBook();
    }

    /**
     * The kit's rules and those of every rule source {@code loader} finds.
     *
     * @throws ConfigurationError if a source cannot be loaded, fails, or declares an id already declared
     */
    public static RuleBook load(ClassLoader loader) {
        List<RuleSource> sources = new ArrayList<>();
        try {
            ServiceLoader.load(RuleSource.class, loader).forEach(sources::add);
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationError(SERVICES, "cannot load a rule source: " + e.getMessage());
        }
        return of(sources);
    }

    /** The kit's rules and those of {@code sources}, in order. */
    public static RuleBook of(List<? extends RuleSource> sources) {
        RuleBook book = new RuleBook();
        for (RuleSource s : sources) {
            book.add(s);
        }
        return book;
    }

    private void add(RuleSource source) {
        String name = source.getClass().getName();
        List<Rule> rules;
        try {
            rules = List.copyOf(source.rules());
        } catch (RuntimeException e) {
            throw new ConfigurationError(SERVICES, name + ".rules() failed: " + e);
        }
        for (Rule r : rules) {
            String other = sourceOf.putIfAbsent(r.id(), name);
            if (other != null) {
                throw new ConfigurationError(SERVICES, "rule id " + r.id() + " is declared by both " + other
                        + " and " + name);
            }
            byId.put(r.id(), r);
        }
    }

    /** Every rule: the kit's in catalogue order, then each source's in its order. */
    public List<Rule> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Rules an entry of {@code reclaimtck.rules} selects: an exact id or a prefix ending in {@code *}. */
    public List<Rule> matching(String pattern) {
        return byId.values().stream().filter(r -> RuleCatalogue.matches(pattern, r.id())).toList();
    }

    /** The position of {@code id} in {@link #all()}, or -1. */
    public int indexOf(String id) {
        return new ArrayList<>(byId.keySet()).indexOf(id);
    }

    /** {@code RT-1, RT-2, ...} for error messages. */
    public String knownIds() {
        return String.join(", ", byId.keySet());
    }
}
