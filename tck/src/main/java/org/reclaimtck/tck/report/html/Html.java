package org.reclaimtck.tck.report.html;

import java.util.Locale;

/** Escaping and number formatting for the HTML report and its inline SVG. */
final class Html {
    private Html() {
    }

    /** Text for an element's body or an attribute value. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** An id or anchor made of letters, digits and dashes. */
    static String id(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    /** A coordinate with one decimal, locale-independent. */
    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code s} cut to {@code max} characters with an ellipsis. */
    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /** Virtual nanoseconds as the kernel log prints them: {@code 0.024000} (seconds with microseconds). */
    static String time(long nanos) {
        long micros = nanos / 1000;
        return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }
}
