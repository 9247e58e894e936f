package io.closewright.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Who the caller is. */
@RestController
@Tag(name = "Auth")
class MeApiController {

    private final IdentityManagement identity;

    MeApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    record Me(
            long id,
            String email,
            String name,
            Role role,
            @Nullable Long managerId,
            String calendarUrl) {}

    @Operation(summary = "The signed-in user, with the private URL of their calendar feed")
    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal UserPrincipal me) {
        String calendarUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{secret}.ics")
                .buildAndExpand(identity.calendarSecret(me.id()))
                .toUriString();
        return new Me(me.id(), me.email(), me.name(), me.role(), me.managerId(), calendarUrl);
    }
}
