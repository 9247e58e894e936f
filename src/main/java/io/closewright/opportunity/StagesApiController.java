package io.closewright.opportunity;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's pipeline stages; admins rename, re-weight and reorder them. */
@RestController
@Tag(name = "Stages")
class StagesApiController {

    private final PipelineStages stages;

    StagesApiController(PipelineStages stages) {
        this.stages = stages;
    }

    record StageBody(
            @Size(min = 1, max = 80) String name,
            @Min(0) @Max(100) Integer probability,
            @Min(0) @Max(365) Integer staleDays) {}

    record OrderBody(@NotNull @Size(max = 50) List<String> keys) {}

    @Operation(summary = "The stages in pipeline order")
    @GetMapping("/api/stages")
    List<StageView> listStages(@AuthenticationPrincipal UserPrincipal me) {
        return stages.all(me.workspaceId());
    }

    @Operation(
            summary =
                    "Rename a stage, change its probability or its stale limit in days, 0 for never (admins; needs If-Match)")
    @PutMapping("/api/stages/{key}")
    ResponseEntity<StageView> changeStage(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String key,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody StageBody body) {
        long version = Versions.required(ifMatch);
        StageView stage =
                stages.change(me.workspaceId(), key, version, body.name(), body.probability(), body.staleDays());
        return Tagged.ok(stage, stage.version());
    }

    @Operation(summary = "Reorder the open stages (admins): list every open stage key once")
    @PutMapping("/api/stages/order")
    List<StageView> reorderStages(@AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody OrderBody body) {
        return stages.reorder(me.workspaceId(), body.keys());
    }
}
