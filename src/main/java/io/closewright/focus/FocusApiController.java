package io.closewright.focus;

import io.closewright.identity.UserPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The focus list over JSON. */
@RestController
@Tag(name = "Focus")
class FocusApiController {

    private final FocusManagement focus;

    FocusApiController(FocusManagement focus) {
        this.focus = focus;
    }

    @Operation(
            summary =
                    "Today's ranked focus list of the caller, or of a rep below a manager (userId): highest score first,"
                            + " each item with a one-line why")
    @GetMapping("/api/focus")
    FocusList focusList(@AuthenticationPrincipal UserPrincipal me, @RequestParam(required = false) Long userId) {
        return focus.focus(me.viewer(), userId);
    }
}
