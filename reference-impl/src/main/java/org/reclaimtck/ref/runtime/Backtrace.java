package org.reclaimtck.ref.runtime;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A sleeping task's model call chain, innermost first, as {@code /proc/<pid>/stack} shows a kernel task: the
 * Java frames of the task's thread without the runtime's own frames and the JDK's.
 */
final class Backtrace {
    private static final String RUNTIME = Backtrace.class.getPackageName() + ".";
    private static final int MAX_FRAMES = 24;

    private Backtrace() {
    }

    static List<String> of(SimTask t) {
        Thread thread = t.thread;
        if (thread == null) {
            return List.of();
        }
        List<String> frames = new ArrayList<>();
        String last = "";
        for (StackTraceElement f : thread.getStackTrace()) {
            String cls = f.getClassName();
            if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")
                    || isRuntimeInternal(cls)) {
                continue;
            }
            String frame = simpleName(cls) + "." + f.getMethodName();
            if (frame.contains("lambda$")) {
                frame = simpleName(cls) + "." + f.getMethodName().replaceAll("lambda\\$(\\w+)\\$\\d+", "$1");
            }
            if (!frame.equals(last)) {
                frames.add(frame);
                last = frame;
            }
            if (frames.size() == MAX_FRAMES) {
                break;
            }
        }
        return frames;
    }

    /** Runtime primitives are where every task sleeps; the frames that matter are their callers. */
    private static boolean isRuntimeInternal(String cls) {
        return cls.startsWith(RUNTIME) && !cls.contains("Test");
    }

    private static String simpleName(String cls) {
        String s = cls.substring(cls.lastIndexOf('.') + 1);
        int dollar = s.indexOf('$');
        return dollar < 0 ? s : s.substring(0, dollar);
    }

    /** An exception's stack as text, cut where the runtime called the task's body. */
    static String ofThrowable(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        StringBuilder sb = new StringBuilder();
        for (String line : w.toString().split("\n")) {
            if (line.contains(Sim.class.getName() + ".taskMain") || line.contains(Sim.class.getName() + ".fire")) {
                break;
            }
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString().stripTrailing();
    }
}
