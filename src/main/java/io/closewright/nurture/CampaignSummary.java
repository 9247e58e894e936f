package io.closewright.nurture;

import java.util.List;

/** A campaign in the list of the Team pages: its steps and how many deals the viewer may see are in its drip. */
public record CampaignSummary(long id, String name, List<CampaignStep> steps, long activeDeals) {}
