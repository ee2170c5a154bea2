package id.serasan.platform.api;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items  the items of this page
 * @param page   zero-based page number
 * @param size   the page size asked for
 * @param total  the number of items over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public Page {
        items = List.copyOf(items);
    }

    /** Clamps a requested page size into 1..{@value #MAX_SIZE}, with {@value #DEFAULT_SIZE} when absent. */
    public static int clampSize(Integer size) {
        if (size == null || size <= 0) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }

    /** A requested page number, never negative. */
    public static int clampPage(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
