package org.reclaimtck.tck.oracles.dependency;

import java.util.Map;

/**
 * Prints findings in lockdep's words and shape: models {@code print_circular_bug},
 * {@code print_circular_lock_scenario} and {@code print_usage_bug} of {@code kernel/locking/lockdep.c}, with a trace
 * position and virtual time where lockdep prints a stack.
 */
final class LockdepText {
    private static final String LINE = "======================================================";
    private static final String DASH = "------------------------------------------------------";

    private LockdepText() {
    }

    static String circular(CircularDependency c) {
        int last = c.chain().size() - 1;
        String n = c.chain().get(0);
        String h = c.chain().get(last);
        String parent = last >= 1 ? c.chain().get(last - 1) : n;
        Sighting closing = c.closing().first();
        StringBuilder sb = new StringBuilder();
        sb.append(LINE).append('\n')
                .append("WARNING: possible circular locking dependency detected\n")
                .append("reclaim-tck dependency oracle: ").append(c.ring()).append('\n')
                .append(DASH).append('\n')
                .append(closing.task()).append(" is trying to acquire lock:\n")
                .append(" (").append(n).append("), at: ").append(closing.event()).append("\n\n")
                .append("but task is already holding lock:\n")
                .append(" (").append(h).append("), at: ")
                .append(closing.sourceAt().isEmpty() ? "(held for all of " + closing.task() + "'s work)"
                        : closing.sourceAt()).append("\n\n")
                .append("which lock already depends on the new lock.\n\n\n")
                .append("the existing dependency chain (in reverse order) is:\n");
        for (int i = last; i >= 0; i--) {
            Map.Entry<String, DependencyEdge> e = c.entry(i);
            Sighting s = e.getValue().first();
            sb.append("\n-> #").append(i).append(" (").append(e.getKey()).append("):\n")
                    .append("       first seen at ").append(s.event()).append(" (trace event #")
                    .append(s.position()).append(")\n")
                    .append("       ").append(s.context()).append('\n');
        }
        sb.append("\nother info that might help us debug this:\n\n");
        if (!parent.equals(n)) {
            sb.append("Chain exists of:\n  ").append(n).append(" --> ").append(parent).append(" --> ").append(h)
                    .append("\n\n");
        }
        sb.append(" Possible unsafe locking scenario:\n\n")
                .append("       CPU0                    CPU1\n")
                .append("       ----                    ----\n")
                .append("  lock(").append(h).append(");\n")
                .append("                               lock(").append(parent).append(");\n")
                .append("                               lock(").append(h).append(");\n")
                .append("  lock(").append(n).append(");\n")
                .append("\n *** DEADLOCK ***\n");
        return sb.toString();
    }

    static String usage(InconsistentUsage u) {
        boolean onFirst = u.onFirst();
        String firstState = onFirst ? u.onState() : u.inState();
        String secondState = onFirst ? u.inState() : u.onState();
        Sighting first = onFirst ? u.on() : u.in();
        Sighting second = onFirst ? u.in() : u.on();
        String cls = u.lockClass();
        return "================================\n"
                + "WARNING: inconsistent lock state\n"
                + "reclaim-tck dependency oracle: " + cls + " and " + u.reclaimClass() + "\n"
                + "--------------------------------\n"
                + "inconsistent " + firstState + " -> " + secondState + " usage.\n"
                + second.task() + " takes:\n"
                + " (" + cls + "), at: " + second.event() + " (trace event #" + second.position() + ")\n"
                + "  " + second.context() + "\n"
                + firstState + " state was registered at:\n"
                + "  " + first.event() + " (trace event #" + first.position() + ")\n"
                + "  " + first.context() + "\n"
                + "\nother info that might help us debug this:\n"
                + " Possible unsafe locking scenario:\n\n"
                + "       CPU0\n"
                + "       ----\n"
                + "  lock(" + cls + ");\n"
                + "  <Memory reclaim>\n"
                + "    lock(" + cls + ");\n"
                + "\n *** DEADLOCK ***\n";
    }
}
