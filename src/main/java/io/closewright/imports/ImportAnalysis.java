package io.closewright.imports;

import io.closewright.identity.UserView;
import java.util.List;

/**
 * An import read, planned and mapped for one workspace: the rows' outcomes, the stage and owner
 * choices, and the admin it runs for (the owner of rows without one).
 */
record ImportAnalysis(
        ImportRequest request,
        ParsedImport parsed,
        List<ImportPreview.StageChoice> stages,
        List<ImportPreview.OwnerChoice> owners,
        UserView importer,
        long workspaceId,
        int cycleDays) {}
