package io.closewright.nurture;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One email of a drip: sent {@code afterDays} days after the contact was enrolled, with a subject and a
 * plain-text body that may use the placeholders of {@link DripText}.
 */
@Table("nurture_campaign_step")
public record CampaignStep(int afterDays, String subject, String body) {}
