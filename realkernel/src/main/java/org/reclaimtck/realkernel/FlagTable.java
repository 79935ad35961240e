package org.reclaimtck.realkernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code __print_flags(REC->field, "|", {value, "NAME"}, ...)} table of an event format file
 * ({@code /sys/kernel/tracing/events/<system>/<event>/format}), e.g. the gfp table that
 * {@code include/trace/events/mmflags.h} ({@code show_gfp_flags}) expands into every event with a {@code gfp_flags}
 * field. Decodes a value as {@code trace_print_flags_seq()} prints it: entries in table order, each whose bits are
 * all set is printed and its bits cleared, the rest printed in hex.
 */
final class FlagTable {
    private static final Pattern ENTRY = Pattern.compile("\\{\\s*([^{}\"]*?)\\s*,\\s*\"([^\"]+)\"\\s*\\}");

    private final Map<String, Long> byName = new LinkedHashMap<>();

    private FlagTable() {
    }

    /** The table of {@code __print_flags(REC-><field>, ...)} in {@code printFmt}, its values evaluated. */
    static FlagTable parse(String printFmt, String field) {
        String key = "__print_flags(REC->" + field;
        int at = printFmt.indexOf(key);
        if (at < 0) {
            throw new IllegalArgumentException("no __print_flags table for field " + field);
        }
        int end = matchingParen(printFmt, printFmt.indexOf('(', at));
        String body = printFmt.substring(at, end);
        FlagTable t = new FlagTable();
        Matcher m = ENTRY.matcher(body);
        while (m.find()) {
            t.byName.put(m.group(2), ConstExpr.eval(m.group(1)));
        }
        if (t.byName.isEmpty()) {
            throw new IllegalArgumentException("empty __print_flags table for field " + field);
        }
        return t;
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in print fmt");
    }

    /** The names in table order (composites first, as the kernel lists them). */
    List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(byName.keySet()));
    }

    /** The value of {@code name}, or -1 if the table has no such name. */
    long value(String name) {
        Long v = byName.get(name);
        return v == null ? -1 : v;
    }

    /** {@code value} as the kernel prints it: names joined by {@code |}, unnamed bits as {@code 0x..}. */
    List<String> decode(long value) {
        List<String> out = new ArrayList<>();
        long rest = value;
        for (Map.Entry<String, Long> e : byName.entrySet()) {
            long mask = e.getValue();
            if (mask != 0 && (rest & mask) == mask) {
                out.add(e.getKey());
                rest &= ~mask;
            }
        }
        if (rest != 0) {
            out.add("0x" + Long.toHexString(rest));
        }
        return out;
    }

    /** The value of text the kernel printed: names joined by {@code |} (or a hex number), as {@link #decode} writes. */
    long encode(String text) {
        long v = 0;
        for (String part : text.split("\\|")) {
            String p = part.trim();
            if (p.startsWith("0x")) {
                v |= Long.parseUnsignedLong(p.substring(2), 16);
            } else {
                Long n = byName.get(p);
                if (n == null) {
                    throw new IllegalArgumentException("unknown flag '" + p + "' (the format's table has "
                            + String.join(", ", byName.keySet()) + ")");
                }
                v |= n;
            }
        }
        return v;
    }
}
