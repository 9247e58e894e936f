package io.closewright.checkup;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Preconditions;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's checkup settings: lead days before a step's due date and the blocker age limit. */
@RestController
@Tag(name = "Checkups")
class CheckupSettingsApiController {

    private final CheckupManagement checkups;

    CheckupSettingsApiController(CheckupManagement checkups) {
        this.checkups = checkups;
    }

    record SettingsBody(Integer leadDays, Integer blockerAgeLimitDays) {}

    @Operation(summary = "The workspace's checkup settings")
    @GetMapping("/api/workspace/checkup-settings")
    ResponseEntity<CheckupPolicyView> checkupSettings(@AuthenticationPrincipal UserPrincipal me) {
        CheckupPolicyView policy = checkups.policy(me.viewer());
        return ResponseEntity.ok().eTag(String.valueOf(policy.version())).body(policy);
    }

    @Operation(summary = "Change the checkup settings (admins; needs If-Match); fields left out keep their value")
    @PutMapping("/api/workspace/checkup-settings")
    ResponseEntity<CheckupPolicyView> changeCheckupSettings(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody SettingsBody body) {
        long version = Versions.parse(Preconditions.requireIfMatch(ifMatch));
        CheckupPolicyView policy =
                checkups.changePolicy(me.viewer(), version, body.leadDays(), body.blockerAgeLimitDays());
        return ResponseEntity.ok().eTag(String.valueOf(policy.version())).body(policy);
    }
}
