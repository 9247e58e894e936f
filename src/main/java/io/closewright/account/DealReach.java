package io.closewright.account;

/**
 * The deals' side of the account visibility rule, as SQL, supplied by the module that owns deals (it
 * sits above this one, so this module never reads deal tables itself). Fragments bind the workspace as
 * {@code :ws} and the viewer as {@code :viewerId}.
 */
public interface DealReach {

    /** A predicate that holds when the viewer can see a deal on the account whose id is {@code accountId}. */
    String seesDealOn(String accountId);

    /** An expression: how many open deals on the account whose id is {@code accountId} the viewer can see. */
    String openDealsSeenOn(String accountId);
}
