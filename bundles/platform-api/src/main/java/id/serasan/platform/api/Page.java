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

    /**
     * The index of the first item of {@code page} ({@code page * size}), for {@code OFFSET} or JPA's
     * {@code setFirstResult}; pass the clamped page and size.
     *
     * @throws ProblemException 400 (field {@code page}) when the offset does not fit an {@code int}: no list is that
     *                          long, and the multiplication must not overflow into a negative offset
     * @since 1.1
     */
    public static int offset(int page, int size) {
        long offset = (long) Math.max(0, page) * Math.max(1, size);
        if (offset > Integer.MAX_VALUE) {
            long max = Integer.MAX_VALUE / Math.max(1, size);
            throw new ProblemException(400, "invalid-parameter", "Parameter tidak valid / Invalid parameter",
                    "Halaman " + page + " terlalu jauh / Page " + page + " is out of range",
                    List.of(new FieldError("page", "paling besar " + max + " untuk ukuran " + size + " / at most " + max
                            + " for size " + size)));
        }
        return (int) offset;
    }
}
