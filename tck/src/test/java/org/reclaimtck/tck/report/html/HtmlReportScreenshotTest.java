package org.reclaimtck.tck.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reclaimtck.ref.kernel.ReferenceKernelProvider;
import org.reclaimtck.tck.testkit.TckRun;

/**
 * report.html of the README's variant run (dm-bufio:gfp-io on the S1 deadlock case) is self-contained, draws the
 * wait-for cycle with kernel function names, and, rendered by headless Chromium, shows the cycle graph: the graph's
 * node fills (only the graph uses them) cover an area as wide as the drawn cycle.
 */
class HtmlReportScreenshotTest {
    private static final String RUN = "html-variant-run";
    private static final int TASK_FILL = 0xe3f2fd;
    private static final int OBJECT_FILL = 0xfff3e0;
    private static Path html;

    @BeforeAll
    static void variantRun() {
        TckRun run = TckRun.named(RUN).provider(ReferenceKernelProvider.class)
                .param("reclaimtck.variant", "dm-bufio:gfp-io")
                .param("reclaimtck.case", "deadlock/s1-dm-bufio-nofs-writeback")
                .param("reclaimtck.rules", "DL-1").param("reclaimtck.seeds", "2");
        run.execute();
        html = run.reportDir().resolve(HtmlReport.FILE);
    }

    @Test
    void thePageIsSelfContainedAndSpeaksKernel() throws IOException {
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg class=\"graph\"", "waits for", "held by",
                "kswapd0", "mutex bufio0-&gt;lock", "dm_bufio_shrink_scan", "do_try_to_free_pages",
                "__make_buffer_clean", "<svg class=\"timeline\"", "gfp=GFP_NOFS", "PF_MEMALLOC_NOFS",
                "-Dreclaimtck.seed=1", "DL-1: storage stack never deadlocks", "JDK", "duration")
                .doesNotContain("<script", "<link", "<img", "src=\"http", "@import", "href=\"docs/");
        assertThat(page).contains("rules.md#DL-1\"");
    }

    @Test
    void chromiumShowsTheCycleGraph() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "skipped: no Chromium found (chromium or chromium-browser on PATH, or"
                + " $CHROMIUM); .ci/run installs Debian's chromium package");
        Path png = html.resolveSibling("report-screenshot.png");
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("chromium-profile");
        Process p = new ProcessBuilder(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=1280,2400", "--screenshot=" + png.toAbsolutePath(),
                html.toAbsolutePath().toUri().toString())).redirectErrorStream(true)
                .redirectOutput(html.resolveSibling("chromium.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("chromium exited (log: chromium.log)").isTrue();
        assertThat(png).as("chromium wrote the screenshot (log: chromium.log)").exists();

        BufferedImage img = ImageIO.read(png.toFile());
        int[] task = box(img, TASK_FILL);
        int[] object = box(img, OBJECT_FILL);
        // three tasks and three wait objects, boxes of 210x46 px round a circle
        assertThat(task[4]).as("pixels of task nodes").isGreaterThan(3 * 150 * 30);
        assertThat(object[4]).as("pixels of wait-object nodes").isGreaterThan(3 * 150 * 30);
        assertThat(Math.max(task[2], object[2]) - Math.min(task[0], object[0])).as("graph width").isGreaterThan(500);
        assertThat(Math.max(task[3], object[3]) - Math.min(task[1], object[1])).as("graph height").isGreaterThan(150);
    }

    /** {minX, minY, maxX, maxY, count} of the pixels of colour {@code rgb}. */
    private static int[] box(BufferedImage img, int rgb) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, 0};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                    b[4]++;
                }
            }
        }
        return b;
    }

    private static Optional<Path> chromium() {
        String env = System.getenv("CHROMIUM");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }
}
