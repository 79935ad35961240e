package org.reclaimtck.tck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.reclaimtck.spi.kernel.WaitEdge;

/**
 * The kernel function each model frame of a call trace models ({@code BufioShrinker.scanObjects} is
 * {@code dm_bufio_shrink_scan}), read from one data file, {@code kernel-functions.properties} beside this class, so
 * the reports print call traces as a kernel engineer reads them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KernelFunctions {
    static final String FILE = "kernel-functions.properties";
    private static final Map<String, String> BY_FRAME = load();

    private KernelFunctions() {
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = KernelFunctions.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the kit's jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
        return Map.copyOf(out);
    }

    /** The kernel function a model frame ({@code Class.method}) models, if the mapping names one. */
    public static Optional<String> of(String frame) {
        return Optional.ofNullable(BY_FRAME.get(frame));
    }

    /** {@code dm_bufio_shrink_scan (BufioShrinker.scanObjects)}; an unmapped frame as it is. */
    public static String label(String frame) {
        return of(frame).map(k -> k + " (" + frame + ")").orElse(frame);
    }

    /** Every mapped frame, model frame to kernel function, sorted. */
    public static Map<String, String> all() {
        return new TreeMap<>(BY_FRAME);
    }

    /** The same edges with each call-trace frame {@linkplain #label labelled} by its kernel function. */
    public static List<WaitEdge> label(List<WaitEdge> edges) {
        return edges.stream().map(e -> new WaitEdge(e.task(), e.context(), e.held(), e.kind(), e.object(),
                e.lockClass(), e.waitsFor(), e.stack().stream().map(KernelFunctions::label).toList())).toList();
    }
}
