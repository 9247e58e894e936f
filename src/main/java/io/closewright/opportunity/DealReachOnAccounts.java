package io.closewright.opportunity;

import io.closewright.account.DealReach;
import io.closewright.identity.Visibility;
import org.springframework.stereotype.Component;

/** The deals on an account that a viewer can see, as the account module asks for them. */
@Component
class DealReachOnAccounts implements DealReach {

    @Override
    public String seesDealOn(String accountId) {
        return "EXISTS (SELECT 1 FROM opportunity vo WHERE vo.account_id = " + accountId + " AND "
                + Visibility.visibleOwner("vo.owner_id") + ")";
    }

    @Override
    public String openDealsSeenOn(String accountId) {
        return "(SELECT COUNT(*) FROM opportunity od WHERE od.account_id = " + accountId
                + " AND od.status = 'OPEN' AND " + Visibility.visibleOwner("od.owner_id") + ")";
    }
}
