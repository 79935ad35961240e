package org.reclaimtck.ref.memcg;

/**
 * A hierarchical page counter: models {@code struct page_counter} and {@code page_counter_try_charge},
 * {@code page_counter_charge} and {@code page_counter_uncharge} of {@code mm/page_counter.c}: a charge is taken at
 * every level up to the root or at none; a forced charge may exceed {@code max} (K-ALLOC-16).
 */
final class PageCounter {
    private final PageCounter parent;
    private long usage;
    private long max = Long.MAX_VALUE;

    PageCounter(PageCounter parent) {
        this.parent = parent;
    }

    long usage() {
        return usage;
    }

    long max() {
        return max;
    }

    void setMax(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("memory.max " + max + " < 0 (-EINVAL)");
        }
        this.max = max;
    }

    /** {@code page_counter_try_charge}: null if every level took {@code n}, else the first level over its max. */
    PageCounter tryCharge(long n) {
        for (PageCounter c = this; c != null; c = c.parent) {
            if (c.usage + n > c.max) {
                for (PageCounter u = this; u != c; u = u.parent) {
                    u.usage -= n;
                }
                return c;
            }
            c.usage += n;
        }
        return null;
    }

    /** {@code page_counter_charge}: every level, over the limit if need be. */
    void charge(long n) {
        for (PageCounter c = this; c != null; c = c.parent) {
            c.usage += n;
        }
    }

    /** {@code page_counter_uncharge}. */
    void uncharge(long n) {
        for (PageCounter c = this; c != null; c = c.parent) {
            if (c.usage < n) {
                throw new IllegalStateException("page counter underflow: uncharge of " + n + " from " + c.usage);
            }
            c.usage -= n;
        }
    }
}
