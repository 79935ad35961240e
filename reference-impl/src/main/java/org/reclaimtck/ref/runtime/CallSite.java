package org.reclaimtck.ref.runtime;

/** Finds the model-code frame that called into the runtime, as {@code Class.method(File.java:line)}. */
final class CallSite {
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final java.util.Set<String> INTERNAL = java.util.Set.of(
            CallSite.class.getName(), SimTask.class.getName(), SimScope.class.getName());

    private CallSite() {
    }

    static String caller() {
        return WALKER.walk(frames -> frames
                .filter(f -> !INTERNAL.contains(f.getClassName()))
                .findFirst()
                .map(f -> simpleName(f.getClassName()) + "." + f.getMethodName() + "(" + f.getFileName() + ":"
                        + f.getLineNumber() + ")")
                .orElse("unknown"));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
