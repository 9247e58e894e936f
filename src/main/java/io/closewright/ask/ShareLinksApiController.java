package io.closewright.ask;

import io.closewright.identity.UserPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Share links to a deal's buyer page: create (the URL is shown once), list, revoke. */
@RestController
@Tag(name = "Asks")
class ShareLinksApiController {

    private final ShareLinks links;

    ShareLinksApiController(ShareLinks links) {
        this.links = links;
    }

    record LinkBody(Long contactId, Integer expiresInDays) {}

    record LinkCreated(long id, String url, Instant expiresAt) {}

    @Operation(summary = "Create a link to the buyer's page (1 to 90 days, default 30); the URL is shown only now")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/opportunities/{id}/share-links")
    ResponseEntity<LinkCreated> createShareLink(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestBody(required = false) LinkBody body) {
        CreatedShareLink link = links.create(
                me.viewer(), id, body == null ? null : body.contactId(), body == null ? null : body.expiresInDays());
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/share/{token}")
                .buildAndExpand(link.token())
                .toUriString();
        return ResponseEntity.status(HttpStatus.CREATED).body(new LinkCreated(link.id(), url, link.expiresAt()));
    }

    @Operation(summary = "The deal's share links with their visits")
    @GetMapping("/api/opportunities/{id}/share-links")
    List<ShareLinkView> listShareLinks(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return links.links(me.viewer(), id);
    }

    @Operation(summary = "Revoke a share link: it stops working at once")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/opportunities/{id}/share-links/{linkId}")
    ResponseEntity<Void> revokeShareLink(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @PathVariable long linkId) {
        links.revoke(me.viewer(), id, linkId);
        return ResponseEntity.noContent().build();
    }
}
