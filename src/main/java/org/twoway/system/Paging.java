package org.twoway.system;

/** Which page of a long list is shown, of how many; a page asked for beyond either end shows the nearest. */
public record Paging(int page, int pages, long total) {

    public static Paging of(int requested, long total, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paging(Math.min(Math.max(requested, 1), pages), pages, total);
    }

    /** The page's index from 0, for a query's first result. */
    public int index() {
        return page - 1;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
