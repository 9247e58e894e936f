package io.closewright.nurture;

import io.closewright.account.AccountManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves deals the viewer may see into nurture and back. Nurturing needs an open deal, a campaign of the
 * workspace and a reason; the deal leaves the pipeline and each buyer-side contact with an email address
 * is enrolled, in one transaction. Reviving needs a nurtured deal and a new close date; the deal is open
 * again, its plan re-dated from that date and its drip stopped. Bad input changes nothing.
 */
@Service
public class NurtureManagement {

    private final CampaignManagement campaigns;
    private final Enrolments enrolments;
    private final NurtureQueries queries;
    private final RevivalSuggestions suggestions;
    private final DripSender sender;
    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final IdentityManagement identity;
    private final NurtureSettings settings;
    private final Clock clock;

    NurtureManagement(
            CampaignManagement campaigns,
            Enrolments enrolments,
            NurtureQueries queries,
            RevivalSuggestions suggestions,
            DripSender sender,
            OpportunityManagement opportunities,
            AccountManagement accounts,
            IdentityManagement identity,
            NurtureSettings settings,
            Clock clock) {
        this.campaigns = campaigns;
        this.enrolments = enrolments;
        this.queries = queries;
        this.suggestions = suggestions;
        this.sender = sender;
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Moves an open deal to nurture in {@code campaignId} for {@code reason} and enrols its contacts.
     *
     * @param version the deal's version to check, or null
     * @throws RuleViolationException naming {@code campaignId}, {@code reason} or {@code status}
     */
    @Transactional
    public DealNurture nurture(Viewer viewer, long opportunityId, Long campaignId, String reason, Long version) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        List<FieldProblem> problems = new ArrayList<>();
        CampaignView campaign = campaignOrProblem(viewer, campaignId, problems);
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "say why the deal will not close now"));
        }
        if (deal.status() != OpportunityStatus.OPEN) {
            problems.add(new FieldProblem(
                    "status",
                    "the deal is " + deal.status().name().toLowerCase(java.util.Locale.ROOT)
                            + "; only open deals move to nurture"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        opportunities.nurture(viewer, opportunityId, version, reason);
        ZoneId zone = ZoneId.of(identity.workspace(viewer.workspaceId()).timeZone());
        enrolments.enrol(
                new Enrolments.Enrolment(viewer.workspaceId(), campaign, opportunityId, reason.trim(), viewer.userId()),
                accounts.contacts(viewer, deal.accountId()),
                new Enrolments.Timing(clock.instant(), zone, settings.sendTime()));
        return deal(viewer, opportunityId);
    }

    private CampaignView campaignOrProblem(Viewer viewer, Long campaignId, List<FieldProblem> problems) {
        if (campaignId == null) {
            problems.add(new FieldProblem("campaignId", "choose a nurture campaign"));
            return null;
        }
        return campaigns.find(viewer, campaignId).orElseGet(() -> {
            problems.add(new FieldProblem("campaignId", "no such campaign"));
            return null;
        });
    }

    /**
     * Revives a nurtured deal with a new close date (today or later): it is open again, its plan
     * re-dated, its drip stopped and the revival on its timeline.
     *
     * @throws RuleViolationException naming {@code status} or {@code closeDate}
     */
    @Transactional
    public OpportunityView revive(Viewer viewer, long opportunityId, LocalDate closeDate, Long version) {
        return opportunities.revive(viewer, opportunityId, version, closeDate);
    }

    /** A deal the viewer may see with its enrolments and revival suggestions. */
    public DealNurture deal(Viewer viewer, long opportunityId) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        return new DealNurture(
                deal,
                queries.ofDeal(viewer, opportunityId),
                deal.status() == OpportunityStatus.NURTURE ? suggestions.ofDeal(opportunityId) : List.of(),
                sender.canSend());
    }

    /** Every enrolment of a campaign on the deals the viewer may see. */
    public List<EnrolmentView> enrolments(Viewer viewer, long campaignId) {
        campaigns.campaign(viewer, campaignId);
        return queries.ofCampaign(viewer, campaignId);
    }

    /**
     * Makes a campaign of the viewer's workspace (managers and admins).
     *
     * @throws RuleViolationException naming {@code name} or {@code steps[i].afterDays}, {@code .subject}, {@code .body}
     */
    public CampaignView createCampaign(Viewer viewer, String name, List<CampaignStep> steps) {
        return campaigns.create(viewer, name, steps);
    }

    /**
     * The campaigns a "Move to nurture" form offers the viewer, with the workspace's default one (the
     * first campaign made) preselected.
     */
    public NurtureChoice choice(Viewer viewer) {
        List<CampaignView> all = campaigns.all(viewer);
        Long first = all.stream().map(CampaignView::id).min(Long::compare).orElse(null);
        return new NurtureChoice(all, first, viewer.leadsOthers());
    }

    boolean mailConfigured() {
        return sender.canSend();
    }
}
