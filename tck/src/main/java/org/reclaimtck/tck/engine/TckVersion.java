package org.reclaimtck.tck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The kit's version, from the Maven-filtered {@code reclaim-tck.version}; {@code dev} outside a Maven build. */
final class TckVersion {
    private static final String VERSION = load();

    private TckVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = TckVersion.class.getResourceAsStream("/org/reclaimtck/tck/reclaim-tck.version")) {
            if (in == null) {
                return "dev";
            }
            String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return v.isEmpty() || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
