package io.closewright.benchlimit;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The trivial secured endpoint: who the caller is, as a small JSON object. */
@RestController
class MeController {

    record Me(long id, String email, String name, String role) {}

    @GetMapping("/api/me")
    Me me(Principal principal) {
        return new Me(1, principal.getName(), "Bench Limit", "ADMIN");
    }
}
