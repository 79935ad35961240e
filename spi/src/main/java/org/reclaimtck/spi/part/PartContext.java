package org.reclaimtck.spi.part;

import java.util.Map;

/** What the kernel tells a part it creates: its instance name, the variant selected for its type, its options. */
public interface PartContext {
    /** The instance, e.g. {@code loop0}, {@code A}, {@code bufio0}. */
    String name();

    /** The variant of this part's type the machine selected, or the type's default ({@code ""} if it has none). */
    String variant();

    /** The options the stack gave this part ({@code StackPart.options()}). */
    Map<String, String> options();

    /** An option, or {@code fallback} when the stack does not give it. */
    default String option(String key, String fallback) {
        return options().getOrDefault(key, fallback);
    }

    /**
     * A numeric option, or {@code fallback}.
     *
     * @throws IllegalArgumentException naming the part and the option if it is not a number
     */
    default long longOption(String key, long fallback) {
        String v = options().get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name() + ": option " + key + "=" + v + " is not a number");
        }
    }

    /** The kernel's services. */
    KernelServices kernel();
}
