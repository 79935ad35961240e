package org.reclaimtck.ref.vmscan;

/** The LRU lists of a lruvec: models {@code enum lru_list} of {@code include/linux/mmzone.h} (no unevictable list). */
public enum LruList {
    LRU_INACTIVE_ANON(false, false),
    LRU_ACTIVE_ANON(false, true),
    LRU_INACTIVE_FILE(true, false),
    LRU_ACTIVE_FILE(true, true);

    private final boolean file;
    private final boolean active;

    LruList(boolean file, boolean active) {
        this.file = file;
        this.active = active;
    }

    public boolean isFile() {
        return file;
    }

    public boolean isActive() {
        return active;
    }

    /** {@code folio_lru_list}: the list a folio with these flags belongs on. */
    static LruList of(boolean file, boolean active) {
        return file ? (active ? LRU_ACTIVE_FILE : LRU_INACTIVE_FILE) : (active ? LRU_ACTIVE_ANON : LRU_INACTIVE_ANON);
    }
}
