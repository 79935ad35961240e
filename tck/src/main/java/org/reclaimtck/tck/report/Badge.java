package org.reclaimtck.tck.report;

import java.util.Locale;
import org.apiguardian.api.API;

/** The conformance badge: a self-contained shields-style SVG, and the shields.io endpoint JSON for the same badge. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Badge {
    private static final String LABEL = "reclaim-tck";
    private static final String GREEN = "#4c1";
    private static final String RED = "#e05d44";
    private static final String GREY = "#9f9f9f";

    private Badge() {
    }

    public static String svg(Tally tally) {
        String message = tally.badgeMessage();
        String color = tally.judged() == 0 ? GREY : tally.failed() == 0 ? GREEN : RED;
        int lw = width(LABEL);
        int mw = width(message);
        int w = lw + mw;
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%1$d" height="20" role="img" aria-label="%2$s: %3$s">
                  <title>%2$s: %3$s</title>
                  <linearGradient id="s" x2="0" y2="100%%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
                  <clipPath id="r"><rect width="%1$d" height="20" rx="3" fill="#fff"/></clipPath>
                  <g clip-path="url(#r)">
                    <rect width="%4$d" height="20" fill="#555"/>
                    <rect x="%4$d" width="%5$d" height="20" fill="%6$s"/>
                    <rect width="%1$d" height="20" fill="url(#s)"/>
                  </g>
                  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
                    <text x="%7$d" y="15" fill="#010101" fill-opacity=".3">%2$s</text>
                    <text x="%7$d" y="14">%2$s</text>
                    <text x="%8$d" y="15" fill="#010101" fill-opacity=".3">%3$s</text>
                    <text x="%8$d" y="14">%3$s</text>
                  </g>
                </svg>
                """, w, LABEL, message, lw, mw, color, lw / 2, lw + mw / 2);
    }

    /** {@code {"schemaVersion":1,...}} for {@code https://img.shields.io/endpoint?url=...}. */
    public static String endpointJson(Tally tally) {
        String color = tally.judged() == 0 ? "lightgrey" : tally.failed() == 0 ? "brightgreen" : "red";
        return "{\"schemaVersion\": 1, \"label\": " + Json.str(LABEL) + ", \"message\": "
                + Json.str(tally.badgeMessage()) + ", \"color\": " + Json.str(color) + "}\n";
    }

    /** Verdana 11px averages about 7 px a character; 10 px padding each side. */
    private static int width(String text) {
        return text.length() * 7 + 20;
    }
}
