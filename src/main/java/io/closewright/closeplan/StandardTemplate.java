package io.closewright.closeplan;

import static io.closewright.account.ContactRole.CHAMPION;
import static io.closewright.account.ContactRole.DECISION_MAKER;
import static io.closewright.account.ContactRole.ECONOMIC_BUYER;
import static io.closewright.account.ContactRole.INFLUENCER;
import static io.closewright.account.ContactRole.LEGAL;
import static io.closewright.account.ContactRole.PROCUREMENT;
import static io.closewright.account.ContactRole.SECURITY;
import static io.closewright.account.ContactRole.USER;
import static io.closewright.closeplan.scheduling.StepOwner.BUYER;
import static io.closewright.closeplan.scheduling.StepOwner.JOINT;
import static io.closewright.closeplan.scheduling.StepOwner.SELLER;

import io.closewright.account.ContactRole;
import io.closewright.closeplan.scheduling.StepOwner;
import java.util.List;

/**
 * The plan a typical mid-market B2B deal follows, about six weeks of working days end to end: discovery,
 * then technical validation alongside the business case and an executive sponsor meeting, the security
 * review alongside the proposal, then legal and procurement in parallel, then signature.
 */
final class StandardTemplate {

    static final String KEY = "standard";
    static final String NAME = "Standard B2B close plan";
    static final String DESCRIPTION =
            "Discovery, technical validation alongside the business case, security review alongside"
                    + " the proposal, legal and procurement in parallel, then signature.";

    static final List<StepDraft> STEPS = List.of(
            step("discovery", "Discovery call: confirm pain, impact and timeline", SELLER, 3, List.of(), CHAMPION),
            step(
                    "success-criteria",
                    "Agree success criteria and the decision process",
                    JOINT,
                    2,
                    List.of("discovery"),
                    CHAMPION,
                    DECISION_MAKER),
            step(
                    "technical-validation",
                    "Technical validation / proof of concept",
                    JOINT,
                    10,
                    List.of("success-criteria"),
                    USER,
                    INFLUENCER),
            step(
                    "business-case",
                    "Business case and ROI signed off by the champion",
                    SELLER,
                    5,
                    List.of("success-criteria"),
                    CHAMPION,
                    ECONOMIC_BUYER),
            step("executive-sponsor", "Executive sponsor meeting", JOINT, 1, List.of("business-case"), ECONOMIC_BUYER),
            step(
                    "security-review",
                    "Security review and questionnaire",
                    BUYER,
                    10,
                    List.of("technical-validation"),
                    SECURITY),
            step(
                    "proposal",
                    "Proposal and pricing",
                    SELLER,
                    3,
                    List.of("technical-validation", "business-case"),
                    DECISION_MAKER),
            step("legal", "Legal review of the MSA and DPA", BUYER, 8, List.of("proposal"), LEGAL),
            step(
                    "procurement",
                    "Procurement and vendor onboarding",
                    BUYER,
                    5,
                    List.of("proposal", "executive-sponsor"),
                    PROCUREMENT),
            step(
                    "signature",
                    "Signature",
                    BUYER,
                    2,
                    List.of("legal", "procurement", "security-review"),
                    ECONOMIC_BUYER));

    private StandardTemplate() {}

    private static StepDraft step(
            String key, String title, StepOwner owner, int days, List<String> deps, ContactRole... roles) {
        return new StepDraft(key, title, owner, days, deps, List.of(roles), null);
    }
}
