package org.reclaimtck.realkernel;

import java.util.List;

/**
 * One rule's verdict on a real kernel's trace: {@code PASS}/{@code FAIL} when judged, {@code MEASURED} for a figure
 * the kit reports without a bound (latency, throttling), {@code NOT_JUDGED} with the reason a real trace cannot show
 * it. {@code evidence} quotes trace lines as {@code line N: <text>}.
 */
public record RuleVerdict(String id, String title, Status status, String detail, List<String> evidence) {
    public enum Status { PASS, FAIL, MEASURED, NOT_JUDGED }

    public RuleVerdict {
        evidence = List.copyOf(evidence);
    }

    public boolean judged() {
        return status == Status.PASS || status == Status.FAIL;
    }

    public String render() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%-10s %-10s %s: %s", id, status,
                title, detail));
        for (String e : evidence) {
            sb.append("\n             ").append(e);
        }
        return sb.toString();
    }
}
