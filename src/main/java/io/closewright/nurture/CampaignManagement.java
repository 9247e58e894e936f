package io.closewright.nurture;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaigns of a workspace: everyone in it reads them (a rep picks one when moving a deal);
 * managers and admins make and change them. A change names the version it changes and applies to the
 * emails not yet sent: their content, and their due dates by the rule of {@link DripReschedule}. Names are unique in a workspace, ignoring case.
 */
@Service
class CampaignManagement {

    private final Campaigns campaigns;
    private final NurtureQueries queries;
    private final DripReschedule reschedule;
    private final IdentityManagement identity;
    private final NurtureSettings settings;
    private final Clock clock;

    CampaignManagement(
            Campaigns campaigns,
            NurtureQueries queries,
            DripReschedule reschedule,
            IdentityManagement identity,
            NurtureSettings settings,
            Clock clock) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.reschedule = reschedule;
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    CampaignView create(Viewer viewer, String name, List<CampaignStep> steps) {
        requireLead(viewer);
        CampaignRules.check(name, steps);
        if (campaigns.existsByWorkspaceIdAndNameIgnoreCase(viewer.workspaceId(), name.trim())) {
            throw new RuleViolationException("name", "a campaign of that name exists already");
        }
        return campaigns
                .save(Campaign.of(viewer.workspaceId(), name, steps, viewer.userId(), clock.instant()))
                .view();
    }

    @Transactional
    CampaignView change(Viewer viewer, long id, long version, String name, List<CampaignStep> steps) {
        requireLead(viewer);
        Campaign campaign = load(viewer, id);
        Versions.check("Campaign", version, campaign.version);
        CampaignRules.check(name, steps);
        if (!campaign.name.equalsIgnoreCase(name.trim())
                && campaigns.existsByWorkspaceIdAndNameIgnoreCase(viewer.workspaceId(), name.trim())) {
            throw new RuleViolationException("name", "a campaign of that name exists already");
        }
        campaign.edit(name, steps, clock.instant());
        Campaign saved = campaigns.save(campaign);
        reschedule.reschedule(
                saved.id,
                saved.steps,
                clock.instant(),
                ZoneId.of(identity.workspace(viewer.workspaceId()).timeZone()),
                settings.sendTime());
        return saved.view();
    }

    /** The workspace's campaigns by name, each with how many deals the viewer may see are in its drip now. */
    List<CampaignSummary> summaries(Viewer viewer) {
        Map<Long, Long> active = queries.activeDeals(viewer);
        return campaigns.findByWorkspaceIdOrderByNameAsc(viewer.workspaceId()).stream()
                .map(c -> new CampaignSummary(c.id, c.name, List.copyOf(c.steps), active.getOrDefault(c.id, 0L)))
                .toList();
    }

    List<CampaignView> all(Viewer viewer) {
        return campaigns.findByWorkspaceIdOrderByNameAsc(viewer.workspaceId()).stream()
                .map(Campaign::view)
                .toList();
    }

    CampaignView campaign(Viewer viewer, long id) {
        return load(viewer, id).view();
    }

    Optional<CampaignView> find(Viewer viewer, long id) {
        return campaigns.findByIdAndWorkspaceId(id, viewer.workspaceId()).map(Campaign::view);
    }

    private Campaign load(Viewer viewer, long id) {
        return campaigns
                .findByIdAndWorkspaceId(id, viewer.workspaceId())
                .orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    private static void requireLead(Viewer viewer) {
        if (!viewer.leadsOthers()) {
            throw new ForbiddenException("Only managers and admins make and change nurture campaigns");
        }
    }
}
