package org.reclaimtck.tck.report.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reclaimtck.tck.report.TimelineEvent;
import org.reclaimtck.tck.report.TimelineEvent.Kind;

/**
 * The failing schedule around the stall as inline SVG: one lane per task (the blocked tasks first), events placed in
 * schedule order left to right; a wait is a red bar, a held lock a blue bar, an allocation an orange bar labelled with
 * its gfp mask, direct reclaim purple, a shrinker call green, a task-flag or scope change a black tick. A span still
 * open when the trace ends runs to the right edge: that is where the task is stuck (an idle wait, a kthread waiting
 * for work, is pale). Each mark's tooltip is its trace line.
 */
final class Timeline {
    private static final int LABEL_W = 130;
    private static final int LANE_H = 34;
    private static final int MAX_LANES = 12;
    private static final double STEP = 7;
    /** The mask an allocation ran with: the effective one if the scope changed it, else the caller's. */
    private static final Pattern GFP = Pattern.compile("(?:effective|gfp)=(\\S+)(?!.*effective=)");

    private record Span(Kind kind, int from, int to, boolean open, String text, int depth) {
    }

    private Timeline() {
    }

    /** The timeline of {@code events}, lanes for {@code first} tasks on top; empty if there are no events. */
    static String svg(List<TimelineEvent> events, List<String> first) {
        if (events.isEmpty()) {
            return "";
        }
        Set<String> tasks = new LinkedHashSet<>(first);
        events.forEach(e -> tasks.add(e.task()));
        List<String> lanes = new ArrayList<>(tasks).subList(0, Math.min(MAX_LANES, tasks.size()));
        int n = events.size();
        double width = LABEL_W + 20 + n * STEP;
        int height = 30 + lanes.size() * LANE_H + (tasks.size() > lanes.size() ? 12 : 0);
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(Html.n(width))
                .append(' ').append(height).append("\" width=\"").append(Html.n(width)).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"per-task timeline of the last ").append(n)
                .append(" trace events\">\n");
        axis(sb, events, lanes.size());
        if (tasks.size() > lanes.size()) {
            sb.append("<text x=\"4\" y=\"").append(height - 4).append("\" class=\"tick\">")
                    .append(tasks.size() - lanes.size()).append(" more tasks not drawn (see the trace lines)</text>\n");
        }
        for (int lane = 0; lane < lanes.size(); lane++) {
            String task = lanes.get(lane);
            double y = 24 + lane * LANE_H;
            sb.append("<text x=\"4\" y=\"").append(Html.n(y + 18)).append("\" class=\"lane\">")
                    .append(Html.esc(Html.cut(task, 18))).append("</text>");
            sb.append("<line x1=\"").append(LABEL_W).append("\" y1=\"").append(Html.n(y + LANE_H - 2))
                    .append("\" x2=\"").append(Html.n(width)).append("\" y2=\"").append(Html.n(y + LANE_H - 2))
                    .append("\" stroke=\"#eee\"/>\n");
            for (Span s : spans(events, task)) {
                span(sb, s, y, n);
            }
        }
        return sb.append("</svg>\n").toString();
    }

    private static void axis(StringBuilder sb, List<TimelineEvent> events, int lanes) {
        int n = events.size();
        int every = Math.max(1, n / 8);
        for (int i = 0; i < n; i += every) {
            double x = x(i);
            sb.append("<line x1=\"").append(Html.n(x)).append("\" y1=\"18\" x2=\"").append(Html.n(x)).append("\" y2=\"")
                    .append(24 + lanes * LANE_H).append("\" stroke=\"#f0f0f0\"/><text x=\"").append(Html.n(x))
                    .append("\" y=\"12\" class=\"tick\">").append(Html.time(events.get(i).time())).append("</text>");
        }
        sb.append('\n');
    }

    /** A task's spans and marks: each opening event closed by the next matching closer of the same task. */
    private static List<Span> spans(List<TimelineEvent> events, String task) {
        List<Span> out = new ArrayList<>();
        Map<String, Integer> openAt = new LinkedHashMap<>();
        Map<String, Integer> depthOf = new HashMap<>();
        int depth = 0;
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (!e.task().equals(task)) {
                continue;
            }
            if (e.kind().opens()) {
                String key = e.spanKey(e.kind());
                openAt.put(key, i);
                depthOf.put(key, e.kind() == Kind.LOCK ? depth++ % 3 : 0);
            } else if (e.kind() == Kind.FLAG || e.kind() == Kind.EXIT) {
                out.add(new Span(e.kind(), i, i, false, e.text(), 0));
            } else {
                for (Kind k : Kind.values()) {
                    if (k.closer() == e.kind()) {
                        String key = e.spanKey(k);
                        Integer from = openAt.remove(key);
                        if (from != null) {
                            if (k == Kind.LOCK) {
                                depth = Math.max(0, depth - 1);
                            }
                            out.add(new Span(k, from, i, false, events.get(from).text() + "  \u2192  " + e.text(),
                                    depthOf.getOrDefault(key, 0)));
                        } else {
                            out.add(new Span(k, -1, i, false, "(began before the window) " + e.text(), 0));
                        }
                    }
                }
            }
        }
        openAt.forEach((key, from) -> out.add(new Span(events.get(from).kind(), from, events.size(), true,
                events.get(from).text() + "  (still open when the trace ends)", depthOf.getOrDefault(key, 0))));
        return out;
    }

    private static void span(StringBuilder sb, Span s, double laneY, int n) {
        double x1 = s.from() < 0 ? LABEL_W : x(s.from());
        double x2 = Math.max(x1 + 3, s.to() >= n ? x(n) : x(s.to()));
        String color;
        double y;
        double h;
        switch (s.kind()) {
            case WAIT_BEGIN -> { color = "#c62828"; y = laneY + 3; h = 10; }
            case LOCK -> { color = "#1565c0"; y = laneY + 15 + 3 * s.depth(); h = 4; }
            case ALLOC_BEGIN -> { color = "#ef6c00"; y = laneY + 24; h = 6; }
            case RECLAIM_BEGIN -> { color = "#6a1b9a"; y = laneY + 24; h = 3; }
            case SHRINKER_BEGIN -> { color = "#2e7d32"; y = laneY + 15; h = 4; }
            case EXIT -> { color = "#555"; y = laneY + 2; h = 28; }
            default -> { color = "#000"; y = laneY + 2; h = 28; }
        }
        if (s.kind() == Kind.FLAG || s.kind() == Kind.EXIT) {
            sb.append("<rect x=\"").append(Html.n(x1 - 1)).append("\" y=\"").append(Html.n(y)).append("\" width=\"2\"")
                    .append(" height=\"").append(Html.n(h)).append("\" fill=\"").append(color).append("\"><title>")
                    .append(Html.esc(s.text())).append("</title></rect>");
            return;
        }
        sb.append("<rect class=\"").append(s.kind().name().toLowerCase(java.util.Locale.ROOT)).append(s.open()
                ? " open" : "").append("\" x=\"").append(Html.n(x1)).append("\" y=\"").append(Html.n(y))
                .append("\" width=\"").append(Html.n(x2 - x1)).append("\" height=\"").append(Html.n(h))
                .append("\" fill=\"").append(color).append("\"")
                .append(s.text().contains(" (idle)") ? " fill-opacity=\"0.35\"" : "")
                .append("><title>").append(Html.esc(s.text())).append("</title></rect>");
        if (s.kind() == Kind.WAIT_BEGIN && x2 - x1 > 60) {
            sb.append("<text x=\"").append(Html.n(x1 + 3)).append("\" y=\"").append(Html.n(y + 8.5))
                    .append("\" class=\"bar\">").append(Html.esc(Html.cut(s.text().replaceFirst("^wait ", ""),
                            (int) ((x2 - x1) / 5.5)))).append("</text>");
        } else if (s.kind() == Kind.ALLOC_BEGIN && x2 - x1 > 60) {
            Matcher m = GFP.matcher(s.text());
            if (m.find()) {
                sb.append("<text x=\"").append(Html.n(x1 + 2)).append("\" y=\"").append(Html.n(y - 1))
                        .append("\" class=\"gfp\">").append(Html.esc(Html.cut(m.group(1), (int) ((x2 - x1) / 5.5))))
                        .append("</text>");
            }
        }
        sb.append('\n');
    }

    private static double x(int index) {
        return LABEL_W + 10 + index * STEP;
    }
}
