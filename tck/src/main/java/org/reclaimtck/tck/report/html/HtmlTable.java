package org.reclaimtck.tck.report.html;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A table the HTML report shows in its own section when it has rows, e.g. the reclaim policy table: a section
 * without rows is left out, so the page never shows an empty placeholder.
 *
 * @param id      the section's anchor
 * @param title   the section's heading
 * @param note    one sentence under the heading; may be empty
 * @param headers the column headings
 * @param rows    the cells, one list per row, as many as {@code headers}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record HtmlTable(String id, String title, String note, List<String> headers, List<List<String>> rows) {
    public HtmlTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row " + r + " has " + r.size() + " cells, not " + headers.size());
            }
        }
    }

    /** The table's HTML, or empty if it has no rows. */
    String render() {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<section id=\"").append(Html.id(id)).append("\"><h2>")
                .append(Html.esc(title)).append("</h2>\n");
        if (!note.isEmpty()) {
            sb.append("<p>").append(Html.esc(note)).append("</p>\n");
        }
        sb.append("<table><thead><tr>");
        headers.forEach(h -> sb.append("<th>").append(Html.esc(h)).append("</th>"));
        sb.append("</tr></thead><tbody>\n");
        for (List<String> r : rows) {
            sb.append("<tr>");
            r.forEach(c -> sb.append("<td>").append(Html.esc(c)).append("</td>"));
            sb.append("</tr>\n");
        }
        return sb.append("</tbody></table></section>\n").toString();
    }
}
