package io.closewright.nurture;

import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nurture over JSON: campaigns (managers and admins make and change them, everyone reads them), moving
 * a deal to nurture and reviving it, and a deal's drip. Deals the caller may not see answer 404.
 */
@RestController
@Tag(name = "Nurture")
class NurtureApiController {

    private final NurtureManagement nurture;
    private final CampaignManagement campaigns;

    NurtureApiController(NurtureManagement nurture, CampaignManagement campaigns) {
        this.nurture = nurture;
        this.campaigns = campaigns;
    }

    record CampaignBody(
            @Size(max = 200) String name, @Size(max = 100) List<CampaignStep> steps) {}

    record NurtureBody(Long campaignId, @Size(max = 500) String reason) {}

    record ReviveBody(LocalDate closeDate) {}

    @Operation(
            summary = "Make a nurture campaign (managers and admins): a name and drip steps {afterDays, subject, body}")
    @PostMapping("/api/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView createCampaign(@AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody CampaignBody body) {
        return campaigns.create(me.viewer(), body.name(), body.steps());
    }

    @Operation(summary = "The workspace's nurture campaigns by name, paged")
    @GetMapping("/api/campaigns")
    Paged<CampaignView> listCampaigns(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageSlice slice = PageSlice.of(page, size);
        List<CampaignView> all = campaigns.all(me.viewer());
        int from = Math.min(slice.offset(), all.size());
        int to = Math.min(from + slice.size(), all.size());
        return Paged.of(all.subList(from, to), slice, all.size());
    }

    @Operation(summary = "One nurture campaign, with its version as ETag")
    @GetMapping("/api/campaigns/{id}")
    ResponseEntity<CampaignView> getCampaign(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        CampaignView campaign = campaigns.campaign(me.viewer(), id);
        return Tagged.ok(campaign, campaign.version());
    }

    @Operation(
            summary = "Change a campaign's name and steps (managers and admins; needs If-Match); unsent emails follow")
    @PutMapping("/api/campaigns/{id}")
    ResponseEntity<CampaignView> changeCampaign(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CampaignBody body) {
        CampaignView campaign =
                campaigns.change(me.viewer(), id, Versions.required(ifMatch), body.name(), body.steps());
        return Tagged.ok(campaign, campaign.version());
    }

    @Operation(summary = "Every enrolment of a campaign on the deals the caller may see, with each email")
    @GetMapping("/api/campaigns/{id}/enrolments")
    List<EnrolmentView> listCampaignEnrolments(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return nurture.enrolments(me.viewer(), id);
    }

    @Operation(
            summary = "Move an open deal to nurture in a campaign, with a reason; its contacts are enrolled."
                    + " If-Match is optional here")
    @PostMapping("/api/opportunities/{id}/nurture")
    DealNurture nurtureOpportunity(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody NurtureBody body) {
        return nurture.nurture(me.viewer(), id, body.campaignId(), body.reason(), Versions.optional(ifMatch));
    }

    @Operation(summary = "A deal's nurture: its enrolments with every email, and revival suggestions")
    @GetMapping("/api/opportunities/{id}/nurture")
    DealNurture getOpportunityNurture(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return nurture.deal(me.viewer(), id);
    }

    @Operation(
            summary = "Revive a nurtured deal with a new close date: open again, plan re-dated, drip stopped."
                    + " If-Match is optional here")
    @PostMapping("/api/opportunities/{id}/revive")
    ResponseEntity<OpportunityView> reviveOpportunity(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ReviveBody body) {
        OpportunityView deal = nurture.revive(me.viewer(), id, body.closeDate(), Versions.optional(ifMatch));
        return Tagged.ok(deal, deal.version());
    }
}
