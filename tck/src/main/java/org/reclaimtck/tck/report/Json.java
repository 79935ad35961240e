package org.reclaimtck.tck.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** The little JSON the reports need: strings, string arrays and flat string objects. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Json {
    private Json() {
    }

    /** {@code ["a", "b"]}. */
    public static String arr(List<String> items) {
        return items.stream().map(Json::str).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code {"k": "v", ...}} in the map's order. */
    public static String obj(Map<String, String> map) {
        return map.entrySet().stream().map(e -> str(e.getKey()) + ": " + str(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** {@code "text"} with quotes, backslashes and control characters escaped; {@code null} for null. */
    public static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
