package io.closewright.nurture;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a "Move to nurture" form offers: the workspace's campaigns by name and the one preselected (the
 * workspace's default campaign: the first one made), and whether the viewer may make campaigns when
 * there is none.
 *
 * @param defaultCampaignId the campaign preselected; null when the workspace has none
 */
public record NurtureChoice(
        List<CampaignView> campaigns, @Nullable Long defaultCampaignId, boolean canMakeCampaigns) {

    /** Whether {@code id} is the campaign to preselect when the user has not chosen one. */
    public boolean preselected(long id) {
        return defaultCampaignId != null && defaultCampaignId == id;
    }
}
