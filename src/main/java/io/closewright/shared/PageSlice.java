package io.closewright.shared;

/**
 * Which page of a list to read: {@code page} counts from 0, {@code size} is 1 to {@value #MAX_SIZE}.
 * Anything else is refused, so that no request can ask for an absurd amount of rows.
 */
public record PageSlice(int page, int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public PageSlice {
        if (page < 0) {
            throw new RuleViolationException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolationException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > 10_000_000L) {
            throw new RuleViolationException("page", "page is too far");
        }
    }

    public static PageSlice of(Integer page, Integer size) {
        return new PageSlice(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
