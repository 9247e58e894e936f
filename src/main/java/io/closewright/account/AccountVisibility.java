package io.closewright.account;

import io.closewright.identity.Visibility;

/**
 * The account visibility rule as SQL, for every read path that shows accounts or what hangs off them: an
 * account is visible when its owner is someone the viewer reaches, or when the viewer can see a deal on
 * it. Queries bind the workspace as {@code :ws} and the viewer as {@code :viewerId}.
 */
public final class AccountVisibility {

    private AccountVisibility() {}

    /** A predicate that holds when the account aliased {@code alias} is visible to the viewer. */
    public static String visibleAccount(String alias) {
        return alias + ".workspace_id = :ws AND (" + Visibility.visibleOwner(alias + ".owner_id")
                + " OR EXISTS (SELECT 1 FROM opportunity vo WHERE vo.account_id = " + alias + ".id AND "
                + Visibility.visibleOwner("vo.owner_id") + "))";
    }
}
