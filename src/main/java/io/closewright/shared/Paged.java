package io.closewright.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list together with the total number of rows the caller may see. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static <T> Paged<T> of(List<T> items, PageSlice slice, long total) {
        return new Paged<>(items, slice.page(), slice.size(), total);
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
