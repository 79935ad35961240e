package org.reclaimtck.tck.oracles.dependency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The lock-class dependency graph: models lockdep's graph of {@code struct lock_class} nodes and
 * {@code lock_list} edges ({@code kernel/locking/lockdep.c}): each edge is kept once, with where it was seen first.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DependencyGraph {
    /** The pseudo-lock of reclaim that may enter filesystems (K-LOCKDEP-1). */
    public static final String FS_RECLAIM = "fs_reclaim";
    /** The kit's pseudo-lock of reclaim that may start I/O ({@code __GFP_IO}); lockdep has none. */
    public static final String IO_RECLAIM = "io_reclaim";
    /** Prefix of the class of a device's bios, e.g. {@code bio:dm-0}. */
    public static final String BIO_PREFIX = "bio:";

    private final Map<String, ClassKind> kinds = new LinkedHashMap<>();
    private final Map<String, Map<String, DependencyEdge>> out = new LinkedHashMap<>();
    private int edges;

    DependencyGraph() {
    }

    /** Registers a class (first kind wins), in order of first appearance. */
    void node(String cls, ClassKind kind) {
        kinds.putIfAbsent(cls, kind);
    }

    /** Adds {@code from -> to} unless known or a self-dependency; the sighting is built only for a new edge. */
    void add(String from, String to, Supplier<Sighting> sighting) {
        if (from.equals(to)) {
            return;
        }
        node(from, from.equals(FS_RECLAIM) || from.equals(IO_RECLAIM) ? ClassKind.RECLAIM : ClassKind.LOCK);
        Map<String, DependencyEdge> m = out.computeIfAbsent(from, k -> new LinkedHashMap<>());
        if (!m.containsKey(to)) {
            m.put(to, new DependencyEdge(from, to, sighting.get()));
            edges++;
        }
    }

    /** Every class, in order of first appearance. */
    public List<String> classes() {
        return new ArrayList<>(kinds.keySet());
    }

    public ClassKind kindOf(String cls) {
        ClassKind k = kinds.get(cls);
        return k != null ? k : ClassKind.LOCK;
    }

    /** The edges out of {@code cls}, in order of first sighting. */
    public Collection<DependencyEdge> edgesFrom(String cls) {
        Map<String, DependencyEdge> m = out.get(cls);
        return m == null ? List.of() : Collections.unmodifiableCollection(m.values());
    }

    public Optional<DependencyEdge> edge(String from, String to) {
        Map<String, DependencyEdge> m = out.get(from);
        return Optional.ofNullable(m == null ? null : m.get(to));
    }

    /** Number of distinct dependencies. */
    public int edgeCount() {
        return edges;
    }
}
