package org.reclaimtck.realkernel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of an event line's body as the event's {@code print fmt} printed them, e.g.
 * {@code order=0 gfp_flags=GFP_NOFS} or {@code nid: 0 objects to shrink 12}. A field that is missing or not a number
 * is a {@link MalformedTraceException} naming the line.
 */
final class Fields {
    private final ReportLine line;

    Fields(ReportLine line) {
        this.line = line;
    }

    /** The text after {@code key} up to the next space ({@code key} includes its {@code =} or {@code :}). */
    String word(String key) {
        String b = line.body();
        int at = find(b, key);
        if (at < 0) {
            throw malformed("no field '" + key.trim() + "'");
        }
        int from = at + key.length();
        while (from < b.length() && b.charAt(from) == ' ') {
            from++;
        }
        int end = b.indexOf(' ', from);
        return b.substring(from, end < 0 ? b.length() : end);
    }

    boolean has(String key) {
        return find(line.body(), key) >= 0;
    }

    private static int find(String b, String key) {
        int at = b.indexOf(key);
        while (at > 0 && Character.isLetterOrDigit(b.charAt(at - 1)) && Character.isLetterOrDigit(key.charAt(0))) {
            at = b.indexOf(key, at + 1);
        }
        return at;
    }

    long number(String key) {
        return parseNumber(word(key), key);
    }

    long parseNumber(String w, String what) {
        try {
            String v = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
            if (v.startsWith("0x")) {
                return Long.parseUnsignedLong(v.substring(2), 16);
            }
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw malformed("field '" + what.trim() + "' is not a number: '" + w + "'");
        }
    }

    /** The body matched against {@code p}, whose groups the caller reads. */
    Matcher match(Pattern p) {
        Matcher m = p.matcher(line.body());
        if (!m.find()) {
            throw malformed("expected " + p.pattern());
        }
        return m;
    }

    MalformedTraceException malformed(String why) {
        return new MalformedTraceException(line.line(), line.event() + ": " + why, line.text());
    }
}
