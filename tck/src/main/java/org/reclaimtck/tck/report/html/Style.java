package org.reclaimtck.tck.report.html;

/** report.html's style sheet, inlined in the page. */
final class Style {
    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1180px;\
            padding:0 16px;color:#222}
            h1{font-size:24px;margin:0 0 12px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #ddd}\
            h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:14px 0 6px}
            table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;\
            vertical-align:top}thead th{background:#f5f5f5}
            table.run th{background:#fafafa;width:110px}td.num{text-align:right}
            tr.suite th{background:#eef3f8}tr.fail td.status{color:#b71c1c;font-weight:bold}\
            tr.pass td.status{color:#2e7d32}.why{color:#666;font-size:12px}
            .tally{font-weight:bold;font-size:16px}.tally.bad{color:#b71c1c}.tally.good{color:#2e7d32}
            a.docs{font-size:11px;color:#1565c0}blockquote{margin:6px 0;padding:6px 12px;border-left:4px solid #90caf9;\
            background:#f7fbff}
            article.group{border:1px solid #e0e0e0;border-radius:6px;padding:4px 14px 10px;margin:12px 0}
            pre{background:#f6f8fa;padding:8px;overflow-x:auto;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
            pre.replay{background:#263238;color:#eceff1;white-space:pre-wrap;word-break:break-all}
            .replay-h{margin:8px 0 2px;font-weight:bold}table.tasks ul{margin:0;padding-left:16px}
            td.task{font-weight:bold;font-family:ui-monospace,monospace}.model{color:#777}
            figure.graph{margin:4px 0}figure.graph figcaption{font-size:12px;color:#555}
            svg text{font-family:ui-monospace,Menlo,Consolas,monospace}svg .tname{font-size:13px;font-weight:bold}\
            svg .oname{font-size:12px}svg .sub{font-size:10px;fill:#555}svg .elabel{font-size:11px;fill:#333}
            svg .lane{font-size:12px;font-weight:bold}svg .tick{font-size:9px;fill:#888}svg .bar{font-size:9px;fill:#fff}svg .gfp{font-size:8px;fill:#bf360c}
            .scroll{overflow-x:auto;border:1px solid #eee}
            .k{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px}.k.wait{background:#c62828}\
            .k.lock{background:#1565c0}.k.alloc{background:#ef6c00}.k.reclaim{background:#6a1b9a}\
            .k.shrink{background:#2e7d32}.k.flag{background:#000}
            .cut{font-weight:bold;color:#b71c1c}
            """;

    private Style() {
    }
}
