package io.closewright.nurture;

import java.util.List;

/** A campaign as the API and pages show it: its steps in sending order and its version (the ETag). */
public record CampaignView(long id, String name, List<CampaignStep> steps, long version) {}
