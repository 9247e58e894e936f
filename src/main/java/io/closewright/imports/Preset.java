package io.closewright.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The layouts of real CRM exports: which headers carry which field, what the source's stage names mean
 * in Closewright's default stages, and the source name that, with each row's external id, makes an
 * import idempotent. {@code GENERIC} knows no headers but common ones; its columns are mapped by the user.
 */
public enum Preset {
    SALESFORCE("salesforce", "Salesforce Data Export (API field names)"),
    SALESFORCE_REPORT("salesforce", "Salesforce report export (field labels)"),
    HUBSPOT("hubspot", "HubSpot deals export"),
    PIPEDRIVE("pipedrive", "Pipedrive deals export"),
    MAVEN("maven", "Maven Analytics CRM sample (sales_pipeline.csv)"),
    GENERIC("csv", "Any CSV: map the columns yourself");

    final String source;
    final String label;

    Preset(String source, String label) {
        this.source = source;
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    static Optional<Preset> of(String key) {
        for (Preset p : values()) {
            if (p.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Header names that carry each field, most specific first. */
    Map<DealField, List<String>> headers() {
        Map<DealField, List<String>> h = new EnumMap<>(DealField.class);
        switch (this) {
            case SALESFORCE -> {
                h.put(DealField.EXTERNAL_ID, List.of("Id"));
                h.put(DealField.NAME, List.of("Name"));
                h.put(DealField.ACCOUNT, List.of("AccountId"));
                h.put(DealField.OWNER, List.of("OwnerId"));
                h.put(DealField.STAGE, List.of("StageName"));
                h.put(DealField.AMOUNT, List.of("Amount"));
                h.put(DealField.CLOSE_DATE, List.of("CloseDate"));
                h.put(DealField.CREATED_DATE, List.of("CreatedDate"));
                h.put(DealField.CURRENCY, List.of("CurrencyIsoCode"));
                h.put(DealField.IS_WON, List.of("IsWon"));
                h.put(DealField.IS_CLOSED, List.of("IsClosed"));
            }
            case SALESFORCE_REPORT -> {
                h.put(DealField.EXTERNAL_ID, List.of("Opportunity ID", "Opportunity Id"));
                h.put(DealField.NAME, List.of("Opportunity Name"));
                h.put(DealField.ACCOUNT, List.of("Account Name"));
                h.put(DealField.OWNER, List.of("Opportunity Owner", "Owner Name", "Owner"));
                h.put(DealField.STAGE, List.of("Stage"));
                h.put(DealField.AMOUNT, List.of("Amount"));
                h.put(DealField.CLOSE_DATE, List.of("Close Date"));
                h.put(DealField.CREATED_DATE, List.of("Created Date"));
                h.put(DealField.CURRENCY, List.of("Opportunity Currency", "Amount Currency"));
                h.put(DealField.IS_WON, List.of("Won"));
                h.put(DealField.IS_CLOSED, List.of("Closed"));
                h.put(DealField.CONTACT, List.of("Contact Name", "Primary Contact", "Contact: Full Name"));
                h.put(DealField.CONTACT_EMAIL, List.of("Contact Email", "Contact: Email"));
            }
            case HUBSPOT -> {
                h.put(DealField.EXTERNAL_ID, List.of("Record ID", "Deal ID"));
                h.put(DealField.NAME, List.of("Deal Name"));
                h.put(DealField.ACCOUNT, List.of("Associated Company", "Company name", "Associated Company (Primary)"));
                h.put(DealField.OWNER, List.of("Deal owner", "Deal Owner"));
                h.put(DealField.STAGE, List.of("Deal Stage"));
                h.put(DealField.AMOUNT, List.of("Amount"));
                h.put(DealField.CLOSE_DATE, List.of("Close Date"));
                h.put(DealField.CREATED_DATE, List.of("Create Date"));
                h.put(DealField.CURRENCY, List.of("Currency"));
                h.put(DealField.CONTACT, List.of("Associated Contact", "Associated Contacts"));
            }
            case PIPEDRIVE -> {
                h.put(DealField.EXTERNAL_ID, List.of("Deal - ID", "ID"));
                h.put(DealField.NAME, List.of("Deal - Title", "Title"));
                h.put(DealField.ACCOUNT, List.of("Deal - Organization", "Organization"));
                h.put(DealField.OWNER, List.of("Deal - Owner", "Owner"));
                h.put(DealField.STAGE, List.of("Deal - Stage", "Stage"));
                h.put(DealField.AMOUNT, List.of("Deal - Value", "Value"));
                h.put(
                        DealField.CLOSE_DATE,
                        List.of(
                                "Deal - Won time",
                                "Deal - Lost time",
                                "Deal - Expected close date",
                                "Expected close date"));
                h.put(DealField.CREATED_DATE, List.of("Deal - Deal created", "Deal created"));
                h.put(DealField.CURRENCY, List.of("Deal - Currency", "Currency"));
                h.put(DealField.STATUS, List.of("Deal - Status", "Status"));
                h.put(DealField.CONTACT, List.of("Deal - Contact person", "Contact person"));
                h.put(DealField.CONTACT_EMAIL, List.of("Person - Email", "Person - Email - Work"));
            }
            case MAVEN -> {
                h.put(DealField.EXTERNAL_ID, List.of("opportunity_id"));
                h.put(DealField.ACCOUNT, List.of("account"));
                h.put(DealField.OWNER, List.of("sales_agent"));
                h.put(DealField.STAGE, List.of("deal_stage"));
                h.put(DealField.AMOUNT, List.of("close_value"));
                h.put(DealField.CLOSE_DATE, List.of("close_date"));
                h.put(DealField.CREATED_DATE, List.of("engage_date"));
                h.put(DealField.PRODUCT, List.of("product"));
            }
            case GENERIC -> {
                h.put(DealField.EXTERNAL_ID, List.of("id", "external id", "deal id"));
                h.put(DealField.NAME, List.of("name", "deal name", "opportunity name", "title"));
                h.put(DealField.ACCOUNT, List.of("account", "account name", "company", "organization"));
                h.put(DealField.OWNER, List.of("owner", "owner email", "sales rep"));
                h.put(DealField.STAGE, List.of("stage", "deal stage"));
                h.put(DealField.AMOUNT, List.of("amount", "value"));
                h.put(DealField.CLOSE_DATE, List.of("close date", "closing date"));
                h.put(DealField.CREATED_DATE, List.of("created", "created date"));
                h.put(DealField.CURRENCY, List.of("currency"));
                h.put(DealField.STATUS, List.of("status"));
                h.put(DealField.CONTACT, List.of("contact", "contact name", "contact person", "contacts"));
                h.put(DealField.CONTACT_EMAIL, List.of("contact email", "email"));
            }
        }
        return h;
    }

    /** Closewright's default stage key for a source stage name, when this preset knows it. */
    Optional<String> stageKey(String sourceStage) {
        String s = sourceStage.trim().toLowerCase(Locale.ROOT);
        String key = switch (s) {
            case "prospecting", "qualification", "qualify", "appointment scheduled", "lead in" -> "qualify";
            case "needs analysis", "value proposition", "qualified to buy", "engaging", "contact made", "discover" ->
                "discover";
            case "id. decision makers",
                    "perception analysis",
                    "presentation scheduled",
                    "decision maker bought-in",
                    "demo scheduled",
                    "validate" -> "validate";
            case "proposal/price quote", "proposal made", "propose" -> "propose";
            case "negotiation/review", "contract sent", "negotiations started", "negotiate" -> "negotiate";
            case "closed won", "won", "closedwon" -> "won";
            case "closed lost", "lost", "closedlost" -> "lost";
            default -> null;
        };
        if (this == MAVEN && "prospecting".equals(s)) {
            key = "qualify";
        }
        return Optional.ofNullable(key);
    }

    /** Whether a deal needs a name column, or gets one from its product and account (the Maven sample). */
    boolean namesFromProduct() {
        return this == MAVEN;
    }
}
