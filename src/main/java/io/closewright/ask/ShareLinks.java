package io.closewright.ask;

import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.SecretTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Share links to a deal's buyer page. A link carries 256 random bits of which only the hash is stored;
 * it expires after 1 to 90 days and can be revoked. Expired, revoked, altered and unknown tokens are
 * indistinguishable: they reach nothing.
 */
@Component
class ShareLinks {

    private final JdbcClient jdbc;
    private final OpportunityManagement opportunities;
    private final AskQueries queries;
    private final Clock clock;

    ShareLinks(JdbcClient jdbc, OpportunityManagement opportunities, AskQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.opportunities = opportunities;
        this.queries = queries;
        this.clock = clock;
    }

    @Transactional
    CreatedShareLink create(Viewer viewer, long opportunityId, Long contactId, Integer expiresInDays) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        int days = expiresInDays == null ? 30 : expiresInDays;
        if (days < 1 || days > 90) {
            throw new RuleViolationException("expiresInDays", "must be between 1 and 90 days");
        }
        if (contactId != null && !queries.contactNames(deal.accountId()).containsKey(contactId)) {
            throw new RuleViolationException("contactId", "choose a contact of " + deal.accountName());
        }
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        jdbc.sql(
                        "INSERT INTO share_link (workspace_id, opportunity_id, contact_id, token_hash, created_by, created_at, expires_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        viewer.workspaceId(),
                        opportunityId,
                        contactId,
                        SecretTokens.hash(token),
                        viewer.userId(),
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        long id = jdbc.sql("SELECT id FROM share_link WHERE token_hash = ?")
                .param(SecretTokens.hash(token))
                .query(Long.class)
                .single();
        return new CreatedShareLink(id, token, expires);
    }

    List<ShareLinkView> links(Viewer viewer, long opportunityId) {
        boolean dealOpen = opportunities.opportunity(viewer, opportunityId).status() == OpportunityStatus.OPEN;
        Instant now = clock.instant();
        return jdbc.sql("SELECT l.id, l.contact_id, c.name AS contact, l.created_at, l.expires_at, l.revoked_at,"
                        + " (SELECT COUNT(*) FROM share_visit v WHERE v.share_link_id = l.id) AS visits,"
                        + " (SELECT MAX(v.visited_at) FROM share_visit v WHERE v.share_link_id = l.id) AS last_visit"
                        + " FROM share_link l LEFT JOIN contact c ON c.id = l.contact_id"
                        + " WHERE l.opportunity_id = ? ORDER BY l.created_at DESC, l.id DESC")
                .param(opportunityId)
                .query((rs, n) -> {
                    Instant expires = rs.getTimestamp("expires_at").toInstant();
                    Timestamp revoked = rs.getTimestamp("revoked_at");
                    Timestamp last = rs.getTimestamp("last_visit");
                    ShareLinkView.Status status =
                            ShareLinkView.Status.of(revoked != null, !expires.isAfter(now), dealOpen);
                    return new ShareLinkView(
                            rs.getLong("id"),
                            (Long) rs.getObject("contact_id", Long.class),
                            rs.getString("contact"),
                            rs.getTimestamp("created_at").toInstant(),
                            expires,
                            revoked == null ? null : revoked.toInstant(),
                            status == ShareLinkView.Status.ACTIVE,
                            status,
                            rs.getLong("visits"),
                            last == null ? null : last.toInstant());
                })
                .list();
    }

    @Transactional
    void revoke(Viewer viewer, long opportunityId, long linkId) {
        opportunities.opportunity(viewer, opportunityId);
        int changed = jdbc.sql(
                        "UPDATE share_link SET revoked_at = ? WHERE id = ? AND opportunity_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), linkId, opportunityId)
                .update();
        if (changed == 0
                && jdbc.sql("SELECT COUNT(*) FROM share_link WHERE id = ? AND opportunity_id = ?")
                                .params(linkId, opportunityId)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new NotFoundException("Share link", linkId);
        }
    }

    /** The deal a token opens, if the link exists, has not expired and was not revoked. */
    Optional<SharedDeal> resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT l.id, l.opportunity_id, l.workspace_id, l.contact_id FROM share_link l"
                        + " JOIN opportunity o ON o.id = l.opportunity_id"
                        + " WHERE l.token_hash = ? AND l.revoked_at IS NULL AND l.expires_at > ? AND o.status = 'OPEN'")
                .params(SecretTokens.hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) ->
                        new SharedDeal(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4, Long.class)))
                .optional();
    }

    @Transactional
    void recordVisit(SharedDeal deal, String address, String userAgent) {
        jdbc.sql("INSERT INTO share_visit (share_link_id, visited_at, address, user_agent) VALUES (?, ?, ?, ?)")
                .params(deal.linkId(), Timestamp.from(clock.instant()), cut(address, 64), cut(userAgent, 300))
                .update();
    }

    @Transactional
    void comment(SharedDeal deal, String body) {
        jdbc.sql(
                        "INSERT INTO buyer_comment (workspace_id, opportunity_id, share_link_id, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(deal.workspaceId(), deal.opportunityId(), deal.linkId(), body, Timestamp.from(clock.instant()))
                .update();
    }

    List<BuyerActivity> activity(Viewer viewer, long opportunityId) {
        opportunities.opportunity(viewer, opportunityId);
        return jdbc.sql("SELECT 'COMMENT' AS kind, c.name AS contact, b.body, b.created_at AS at FROM buyer_comment b"
                        + " JOIN share_link l ON l.id = b.share_link_id LEFT JOIN contact c ON c.id = l.contact_id"
                        + " WHERE b.opportunity_id = :id"
                        + " UNION ALL SELECT 'VISIT', c.name, NULL, v.visited_at FROM share_visit v"
                        + " JOIN share_link l ON l.id = v.share_link_id LEFT JOIN contact c ON c.id = l.contact_id"
                        + " WHERE l.opportunity_id = :id ORDER BY at DESC LIMIT 100")
                .param("id", opportunityId)
                .query((rs, n) -> new BuyerActivity(
                        rs.getString("kind"),
                        rs.getString("contact"),
                        rs.getString("body"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() > max ? text.substring(0, max) : text;
    }
}
