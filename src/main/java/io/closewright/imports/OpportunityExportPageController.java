package io.closewright.imports;

import io.closewright.identity.UserPrincipal;
import io.closewright.opportunity.OpportunityListFilters;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Export CSV" on the Opportunities page: the deals the list shows with its filters and sort, unpaged. */
@Controller
class OpportunityExportPageController {

    private final DealExport export;

    OpportunityExportPageController(DealExport export) {
        this.export = export;
    }

    @GetMapping("/opportunities/export.csv")
    void export(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            HttpServletResponse response)
            throws IOException {
        OpportunityExportApiController.send(response, "opportunities.csv");
        export.write(me.viewer(), OpportunityListFilters.of(params), response.getOutputStream());
    }
}
