package io.closewright.imports;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import org.springframework.stereotype.Component;

/**
 * Reads an import request against a workspace: parses the files, maps columns, stages and owners with
 * the workspace's stages and users, and plans every row. Used alike by the dry run and by the worker
 * that writes the rows, so both always agree.
 */
@Component
class ImportAnalyst {

    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;
    private final ImportSettings settings;

    ImportAnalyst(OpportunityManagement opportunities, IdentityManagement identity, ImportSettings settings) {
        this.opportunities = opportunities;
        this.identity = identity;
        this.settings = settings;
    }

    ImportAnalysis analyse(Viewer admin, ImportRequest request) {
        ParsedImport read = ParsedImport.read(request, settings.maxRows());
        UserView importer = identity.user(admin, admin.userId());
        StageMapping stages =
                new StageMapping(request.preset(), opportunities.stages(admin.workspaceId()), request.stageMap());
        OwnerMapping owners = new OwnerMapping(identity.visibleUsers(admin), request.ownerMap());
        ImportPlanner planner = new ImportPlanner(
                stages,
                importer.name(),
                identity.workspace(admin.workspaceId()).currency(),
                opportunities.today(admin),
                settings.cycleDays());
        return new ImportAnalysis(
                request,
                read.planned(planner),
                ImportChoices.stages(read.read(), stages),
                ImportChoices.owners(read.read(), owners, read.companions(), importer, request.preset()),
                importer,
                admin.workspaceId(),
                settings.cycleDays());
    }
}
