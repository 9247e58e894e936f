package io.closewright.account;

import io.closewright.identity.Visibility;
import org.springframework.stereotype.Component;

/**
 * The account visibility rule as SQL, for every read path that shows accounts or what hangs off them: an
 * account is visible when its owner is someone the viewer reaches, or when the viewer can see a deal on
 * it ({@link DealReach}). Queries bind the workspace as {@code :ws} and the viewer as {@code :viewerId}.
 */
@Component
public class AccountVisibility {

    private final DealReach deals;

    AccountVisibility(DealReach deals) {
        this.deals = deals;
    }

    /** A predicate that holds when the account aliased {@code alias} is visible to the viewer. */
    public String visibleAccount(String alias) {
        return alias + ".workspace_id = :ws AND (" + Visibility.visibleOwner(alias + ".owner_id") + " OR "
                + deals.seesDealOn(alias + ".id") + ")";
    }

    /** An expression: the open deals the viewer can see on the account aliased {@code alias}. */
    String openDeals(String alias) {
        return deals.openDealsSeenOn(alias + ".id");
    }
}
