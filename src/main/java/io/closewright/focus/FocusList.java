package io.closewright.focus;

import java.time.LocalDate;
import java.util.List;

/**
 * A rep's focus list for {@code date}: every item across their open deals and their own tasks, highest
 * score first, and the unripe deals whose items sank.
 */
public record FocusList(
        LocalDate date, long userId, String userName, List<FocusItem> items, List<UnripeDeal> unripeDeals) {}
