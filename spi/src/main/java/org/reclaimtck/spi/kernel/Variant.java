package org.reclaimtck.spi.kernel;

/**
 * A selectable behaviour of one kind of part, e.g. {@code loop / no-noio}: a historical bug or a
 * proposal the provider can model. Selected with {@code MachineSpec.Builder.variant(part, name)}.
 *
 * @param part        the part kind, e.g. {@code loop}, {@code dm-bufio}, {@code fs}
 * @param name        the variant, e.g. {@code no-noio}
 * @param isDefault   true for the behaviour used when none is selected
 * @param description one line, with the kernel commit or thread it comes from
 */
public record Variant(String part, String name, boolean isDefault, String description) {
}
