package org.twoway.system;

import io.quarkus.panache.common.Page;

/**
 * Which page of a long list is shown, of how many, and how many rows a page holds; a page asked for
 * beyond either end shows the nearest.
 */
public record Paging(int page, int pages, long total, int size) {

    public static Paging of(int requested, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(requested, 1), pages), pages, total, size);
    }

    /** The rows of this page, for a Panache query. */
    public Page rows() {
        return Page.of(page - 1, size);
    }

    /** The number of the page's first row from 1, or 0 when the list is empty. */
    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    /** The number of the page's last row, or 0 when the list is empty. */
    public long last() {
        return Math.min((long) page * size, total);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
