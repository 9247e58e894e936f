package io.closewright.focus;

import io.closewright.shared.PageSlice;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of a rep's focus list over the API: the items ranked {@code page * size + 1} onwards (their
 * {@code rank} counts in the whole list), the number of items in the whole list, and every unripe deal.
 * A rep with 500 open deals has thousands of items, so the API serves the top of the list a page at a
 * time, as the Today page does.
 */
public record FocusPage(
        LocalDate date,
        long userId,
        String userName,
        List<FocusItem> items,
        int page,
        int size,
        int total,
        List<UnripeDeal> unripeDeals) {

    /** The page {@code slice} of {@code list}. */
    static FocusPage of(FocusList list, PageSlice slice) {
        List<FocusItem> all = list.items();
        int from = Math.min(slice.offset(), all.size());
        int to = Math.min(from + slice.size(), all.size());
        return new FocusPage(
                list.date(),
                list.userId(),
                list.userName(),
                all.subList(from, to),
                slice.page(),
                slice.size(),
                all.size(),
                list.unripeDeals());
    }
}
