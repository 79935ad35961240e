/** Memory-management contracts: the page allocator ({@code mm/page_alloc.c}); slab, page cache and mempools follow. */
package org.reclaimtck.spi.mm;
