package io.closewright.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list together with the number of rows the caller may see. {@code total} is exact when
 * {@code totalExact} holds; lists whose exact count would cost too much at scale count only up to a
 * bound past the page (see {@link #atLeast}), and then {@code total} is that bound: at least that many
 * rows match, so there is always a next page while {@code totalExact} is false.
 */
public record Paged<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    /** A page with the exact number of matching rows. */
    public static <T> Paged<T> of(List<T> items, PageSlice slice, long total) {
        return new Paged<>(items, slice.page(), slice.size(), total, true);
    }

    /**
     * A page of a list counted only up to {@code bound} rows: {@code counted} is the count of at most
     * {@code bound + 1} rows; when it exceeds {@code bound}, the total is {@code bound} and not exact.
     */
    public static <T> Paged<T> atLeast(List<T> items, PageSlice slice, long counted, long bound) {
        return counted > bound
                ? new Paged<>(items, slice.page(), slice.size(), bound, false)
                : new Paged<>(items, slice.page(), slice.size(), counted, true);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
