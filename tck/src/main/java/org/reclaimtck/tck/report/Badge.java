package org.reclaimtck.tck.report;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The conformance badge: a self-contained shields-style SVG, and the shields.io endpoint JSON for the same badge. It
 * says what the tally leaves out: not applicable and inconclusive rules, and a partial run's scope (filtered, replay),
 * so a one-rule replay cannot pass for the full run's {@code 24/24 rules}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Badge {
    private static final String LABEL = "reclaim-tck";
    private static final String GREEN = "#4c1";
    private static final String RED = "#e05d44";
    private static final String GREY = "#9f9f9f";
    private static final String YELLOW = "#dfb317";

    private Badge() {
    }

    public static String svg(Tally tally) {
        return svg(tally, "");
    }

    /** The badge of a run whose scope ({@link RunInfo#scopeKind()}: {@code filtered}, {@code replay}) is empty if full. */
    public static String svg(Tally tally, String scope) {
        String message = message(tally, scope);
        String color = tally.judged() == 0 ? GREY : tally.failed() > 0 ? RED : tally.inconclusive() > 0 ? YELLOW
                : GREEN;
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
        return endpointJson(tally, "");
    }

    /** The endpoint JSON of a run whose {@code scope} is empty for a full run. */
    public static String endpointJson(Tally tally, String scope) {
        String color = tally.judged() == 0 ? "lightgrey" : tally.failed() > 0 ? "red" : tally.inconclusive() > 0
                ? "yellow" : "brightgreen";
        return "{\"schemaVersion\": 1, \"label\": " + Json.str(LABEL) + ", \"message\": "
                + Json.str(message(tally, scope)) + ", \"color\": " + Json.str(color) + "}\n";
    }

    /** {@code 9/9 rules, 2 n/a}, then {@code  (filtered)} or {@code  (replay)} for a partial run. */
    static String message(Tally tally, String scope) {
        return tally.badgeMessage() + (scope.isEmpty() ? "" : " (" + scope + ")");
    }

    /** Verdana 11px averages about 7 px a character; 10 px padding each side. */
    private static int width(String text) {
        return text.length() * 7 + 20;
    }
}
