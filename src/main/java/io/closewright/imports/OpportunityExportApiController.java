package io.closewright.imports;

import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityFilter;
import io.closewright.opportunity.OpportunitySort;
import io.closewright.opportunity.OpportunityStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CSV export of the deals the caller may see, with the filters of {@code GET /api/opportunities}
 * (all of them, unpaged): UTF-8 with a header row and every field; texts that a spreadsheet would run
 * as formulas are written as text.
 */
@RestController
@Tag(name = "Opportunities")
class OpportunityExportApiController {

    private final DealExport export;

    OpportunityExportApiController(DealExport export) {
        this.export = export;
    }

    @Operation(summary = "Every deal the caller may see that matches the filters, as CSV")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "The deals as CSV: UTF-8, a header row, one line per deal",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = "text/csv",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @GetMapping(value = "/api/opportunities.csv", produces = "text/csv")
    void exportOpportunities(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamOf,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) @Size(max = 40) String stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingTo,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false, defaultValue = "CLOSE_DATE") OpportunitySort sort,
            @RequestParam(required = false, defaultValue = "asc") @Pattern(regexp = "asc|desc") String direction,
            HttpServletResponse response)
            throws IOException {
        OpportunityFilter filter = new OpportunityFilter(
                ownerId, teamOf, accountId, status, stage, closingFrom, closingTo, q, sort, "desc".equals(direction));
        send(response, "opportunities.csv");
        export.write(me.viewer(), filter, response.getOutputStream());
    }

    static void send(HttpServletResponse response, String fileName) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
    }
}
