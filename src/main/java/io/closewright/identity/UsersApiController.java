package io.closewright.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users of the workspace: admins add and change them; everyone lists the users they may see. */
@RestController
@Tag(name = "Users")
class UsersApiController {

    private final IdentityManagement identity;

    UsersApiController(IdentityManagement identity) {
        this.identity = identity;
    }

    record CreateUser(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String name,

            @NotBlank @Size(min = UserRules.MIN_PASSWORD, max = 200)
            String password,

            @NotNull Role role,
            Long managerId) {}

    /**
     * A PATCH body: only the fields it names change. {@code managerId} absent keeps the manager,
     * {@code "managerId": null} removes it.
     */
    static final class ChangeUser {

        @Size(min = 1, max = 200)
        @JsonProperty
        @Nullable
        String name;

        @JsonProperty
        @Nullable
        Role role;

        @JsonProperty
        @Nullable
        Boolean active;

        private @Nullable Long managerId;
        private boolean managerIdGiven;

        @JsonProperty("managerId")
        void setManagerId(@Nullable Long managerId) {
            this.managerId = managerId;
            this.managerIdGiven = true;
        }

        @JsonProperty("managerId")
        @Nullable
        Long getManagerId() {
            return managerId;
        }

        @Nullable
        Optional<Long> managerChange() {
            return managerIdGiven ? Optional.ofNullable(managerId) : null;
        }
    }

    @Operation(summary = "Add a user (admins only)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/users")
    ResponseEntity<UserView> createUser(
            @AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody CreateUser body) {
        UserView user = identity.createUser(
                me.workspaceId(),
                new NewUser(body.email(), body.name(), body.password(), body.role(), body.managerId()));
        return Tagged.created("/api/users/" + user.id(), user, user.version());
    }

    @Operation(summary = "The users the caller may see")
    @GetMapping("/api/users")
    List<UserView> listUsers(@AuthenticationPrincipal UserPrincipal me) {
        return identity.visibleUsers(me.viewer());
    }

    @Operation(summary = "One user the caller may see")
    @GetMapping("/api/users/{id}")
    ResponseEntity<UserView> user(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        UserView user = identity.user(me.viewer(), id);
        return Tagged.ok(user, user.version());
    }

    @Operation(summary = "Change a user's name, role, manager or status (admins only; needs If-Match)")
    @PatchMapping("/api/users/{id}")
    ResponseEntity<UserView> changeUser(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ChangeUser body) {
        long version = Versions.required(ifMatch);
        UserView user = identity.updateUser(
                me.viewer(), id, version, new UserChanges(body.name, body.role, body.managerChange(), body.active));
        return Tagged.ok(user, user.version());
    }
}
