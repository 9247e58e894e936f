package io.closewright.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Exchanges an email and password for a bearer token, with throttling of failed attempts. */
@RestController
@Tag(name = "Auth")
class AuthApiController {

    private final IdentityManagement identity;
    private final LoginThrottle throttle;

    AuthApiController(IdentityManagement identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    record TokenRequest(
            @NotBlank @Size(max = 320) String email,
            @NotBlank @Size(max = 200) String password) {}

    record TokenResponse(String token, Instant expiresAt) {}

    @Operation(summary = "Sign in: wrong credentials answer 401, repeated failures 429")
    @SecurityRequirements
    @ApiResponse(
            responseCode = "200",
            description = "A bearer token and when it expires",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @PostMapping("/api/auth/token")
    ResponseEntity<?> issueToken(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        if (throttle.isBlocked(request.email(), address)) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins; wait a few minutes and try again");
        }
        return identity.authenticate(request.email(), request.password())
                .<ResponseEntity<?>>map(principal -> {
                    throttle.recordSuccess(request.email(), address);
                    IssuedToken token = identity.issueToken(principal);
                    return ResponseEntity.ok(new TokenResponse(token.token(), token.expiresAt()));
                })
                .orElseGet(() -> {
                    throttle.recordFailure(request.email(), address);
                    return problem(HttpStatus.UNAUTHORIZED, "Wrong email or password");
                });
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
