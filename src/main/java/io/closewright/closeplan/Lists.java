package io.closewright.closeplan;

import io.closewright.account.ContactRole;
import java.util.Arrays;
import java.util.List;

/** How lists of keys and roles are kept in one text column. */
final class Lists {

    private Lists() {}

    static String join(List<?> values) {
        return String.join(",", values.stream().map(Object::toString).toList());
    }

    static List<String> keys(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    static List<ContactRole> roles(String joined) {
        return keys(joined).stream().map(ContactRole::valueOf).toList();
    }
}
