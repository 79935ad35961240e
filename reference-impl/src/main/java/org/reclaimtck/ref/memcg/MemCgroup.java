package org.reclaimtck.ref.memcg;

import java.util.ArrayList;
import java.util.List;

/**
 * One memory cgroup: models {@code struct mem_cgroup} ({@code include/linux/memcontrol.h}) with its id, its place in
 * the hierarchy, its {@code memory} page counter ({@code memory.max}, {@code memory.current}) and
 * {@code mem_cgroup_margin}; its lruvec lives on the node ({@code vmscan.MemcgLruvecs}, K-ALLOC-16).
 */
final class MemCgroup {
    final int id;
    final String path;
    final MemCgroup parent;
    final PageCounter memory;
    final List<MemCgroup> children = new ArrayList<>();

    MemCgroup(int id, String path, MemCgroup parent) {
        this.id = id;
        this.path = path;
        this.parent = parent;
        this.memory = new PageCounter(parent == null ? null : parent.memory);
        if (parent != null) {
            parent.children.add(this);
        }
    }

    boolean isRoot() {
        return parent == null;
    }

    /** {@code mem_cgroup_margin}: pages left under {@code memory.max}, the tightest level up to the root. */
    long margin() {
        long margin = Long.MAX_VALUE;
        for (MemCgroup m = this; m != null; m = m.parent) {
            margin = Math.min(margin, Math.max(0, m.memory.max() - m.memory.usage()));
        }
        return margin;
    }

    /** {@code mem_cgroup_is_descendant(this, root)}. */
    boolean isDescendant(MemCgroup root) {
        for (MemCgroup m = this; m != null; m = m.parent) {
            if (m == root) {
                return true;
            }
        }
        return false;
    }

    /** {@code mem_cgroup_iter(this, ...)}: this memcg, then its descendants, pre-order. */
    List<MemCgroup> subtree() {
        List<MemCgroup> out = new ArrayList<>();
        out.add(this);
        for (MemCgroup c : children) {
            out.addAll(c.subtree());
        }
        return out;
    }

    @Override
    public String toString() {
        return path;
    }
}
