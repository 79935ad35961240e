package org.reclaimtck.tck.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reclaimtck.spi.kernel.WaitEdge;
import org.reclaimtck.spi.trace.WaitKind;

/**
 * The wait-for graph of a failure as inline SVG: each blocked task and each lock or wait object it waits on is a
 * node, placed round a circle in wait order; an arrow "waits for" runs from a task to the object, and from the
 * object back to its holders ("held by", for mutexes and rwsems) or wakers ("woken by", for bios, completions, log
 * space), so a deadlock shows as a closed loop of arrows.
 */
final class WaitForGraph {
    private static final int W = 900;
    private static final double BOX_W = 210;
    private static final double BOX_H = 46;

    private record Node(String key, boolean task, String line1, String line2) {
    }

    private record Arrow(String from, String to, String label, boolean waiting) {
    }

    private WaitForGraph() {
    }

    /** The SVG for {@code edges} (a cycle, or a chain of waits); {@code title} names it for screen readers. */
    static String svg(List<WaitEdge> edges, String title) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Arrow> arrows = new ArrayList<>();
        for (WaitEdge e : edges) {
            nodes.putIfAbsent("t:" + e.task(), new Node("t:" + e.task(), true, e.task(), e.context()));
            String obj = "o:" + e.kind().label() + " " + e.object();
            nodes.putIfAbsent(obj, new Node(obj, false, e.kind().label() + " " + e.object(),
                    e.lockClass().equals(e.object()) ? "" : "class " + e.lockClass()));
            arrows.add(new Arrow("t:" + e.task(), obj, "waits for", true));
        }
        for (WaitEdge e : edges) {
            String obj = "o:" + e.kind().label() + " " + e.object();
            boolean lock = e.kind() == WaitKind.MUTEX || e.kind() == WaitKind.RWSEM_READ
                    || e.kind() == WaitKind.RWSEM_WRITE;
            for (String w : e.waitsFor()) {
                nodes.putIfAbsent("t:" + w, new Node("t:" + w, true, w, ""));
                arrows.add(new Arrow("t:" + w, obj, lock ? "held by" : "woken by", false));
            }
        }
        List<Node> ordered = new ArrayList<>(nodes.values());
        int n = ordered.size();
        double rx = n <= 2 ? 200 : 300;
        double ry = n <= 2 ? 60 : 40 + 30 * Math.min(n, 8);
        double cx = W / 2.0;
        double cy = ry + BOX_H;
        int h = (int) (2 * ry + 2 * BOX_H);
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / n;
            at.put(ordered.get(i).key(), new double[] {cx + rx * Math.cos(a), cy + ry * Math.sin(a)});
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ')
                .append(h).append("\" width=\"").append(W).append("\" height=\"").append(h)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">\n<title>")
                .append(Html.esc(title)).append("</title>\n")
                .append("<defs><marker id=\"aw\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\""
                        + " fill=\"#c62828\"/></marker><marker id=\"ah\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                        + " markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path"
                        + " d=\"M0,0L10,5L0,10z\" fill=\"#1565c0\"/></marker></defs>\n");
        for (Arrow a : arrows) {
            double[] p = at.get(a.from());
            double[] q = at.get(a.to());
            boolean hold = !a.waiting();
            // a holder's arrow points from the object to the task that holds it (object -> holder)
            double[] from = hold ? q : p;
            double[] to = hold ? p : q;
            double[] s = border(from, to);
            double[] t = border(to, from);
            sb.append("<g class=\"edge ").append(a.waiting() ? "wait" : "hold").append("\"><line x1=\"")
                    .append(Html.n(s[0])).append("\" y1=\"").append(Html.n(s[1])).append("\" x2=\"")
                    .append(Html.n(t[0])).append("\" y2=\"").append(Html.n(t[1])).append("\" stroke=\"")
                    .append(a.waiting() ? "#c62828" : "#1565c0").append("\" stroke-width=\"2\"")
                    .append(a.waiting() ? "" : " stroke-dasharray=\"6 4\"").append(" marker-end=\"url(#")
                    .append(a.waiting() ? "aw" : "ah").append(")\"/>");
            double mx = (s[0] + t[0]) / 2;
            double my = (s[1] + t[1]) / 2;
            sb.append("<text x=\"").append(Html.n(mx)).append("\" y=\"").append(Html.n(my - 4))
                    .append("\" text-anchor=\"middle\" class=\"elabel\">").append(Html.esc(a.label()))
                    .append("</text></g>\n");
        }
        for (Node node : ordered) {
            double[] p = at.get(node.key());
            double x = p[0] - BOX_W / 2;
            double y = p[1] - BOX_H / 2;
            sb.append("<g class=\"node ").append(node.task() ? "task" : "object").append("\"><title>")
                    .append(Html.esc(node.line1() + (node.line2().isEmpty() ? "" : "\n" + node.line2())))
                    .append("</title><rect x=\"").append(Html.n(x)).append("\" y=\"").append(Html.n(y))
                    .append("\" width=\"").append(Html.n(BOX_W)).append("\" height=\"").append(Html.n(BOX_H))
                    .append("\" rx=\"").append(node.task() ? "4" : "18").append("\" fill=\"")
                    .append(node.task() ? "#e3f2fd" : "#fff3e0").append("\" stroke=\"")
                    .append(node.task() ? "#1565c0" : "#ef6c00").append("\" stroke-width=\"2\"/>")
                    .append("<text x=\"").append(Html.n(p[0])).append("\" y=\"").append(Html.n(p[1] - 4))
                    .append("\" text-anchor=\"middle\" class=\"").append(node.task() ? "tname" : "oname").append("\">")
                    .append(Html.esc(Html.cut(node.line1(), 30))).append("</text><text x=\"").append(Html.n(p[0]))
                    .append("\" y=\"").append(Html.n(p[1] + 13)).append("\" text-anchor=\"middle\" class=\"sub\">")
                    .append(Html.esc(Html.cut(node.line2(), 34))).append("</text></g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    /** Where the line from the centre of {@code from} towards {@code to} leaves {@code from}'s box. */
    private static double[] border(double[] from, double[] to) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double tx = dx == 0 ? Double.MAX_VALUE : (BOX_W / 2 + 2) / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : (BOX_H / 2 + 2) / Math.abs(dy);
        double t = Math.min(1, Math.min(tx, ty));
        return new double[] {from[0] + dx * t, from[1] + dy * t};
    }
}
