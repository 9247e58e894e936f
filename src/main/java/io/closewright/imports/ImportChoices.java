package io.closewright.imports;

import io.closewright.identity.UserView;
import io.closewright.opportunity.StageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the stages and owners of a read file map, one entry per distinct source value with its row
 * count, in order of first appearance. A Salesforce owner id that matches nobody goes to the importing
 * admin (the export names no people) unless the user chooses otherwise.
 */
final class ImportChoices {

    private ImportChoices() {}

    static List<ImportPreview.StageChoice> stages(List<Object> read, StageMapping mapping) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> won = new LinkedHashMap<>();
        for (Object o : read) {
            if (o instanceof SourceDeal d) {
                counts.merge(d.stage(), 1, Integer::sum);
                won.putIfAbsent(d.stage(), d.won());
            }
        }
        List<ImportPreview.StageChoice> choices = new ArrayList<>();
        counts.forEach((source, rows) -> {
            Boolean w = won.get(source);
            Optional<StageView> target = w == null ? mapping.target(source) : mapping.closing(w);
            choices.add(new ImportPreview.StageChoice(
                    source,
                    rows,
                    target.map(StageView::key).orElse(null),
                    target.map(StageView::name).orElse(null)));
        });
        return choices;
    }

    static List<ImportPreview.OwnerChoice> owners(
            List<Object> read, OwnerMapping mapping, Companions companions, UserView importer, Preset preset) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object o : read) {
            if (o instanceof SourceDeal d) {
                counts.merge(d.owner().isEmpty() ? importer.name() : d.owner(), 1, Integer::sum);
            }
        }
        List<ImportPreview.OwnerChoice> choices = new ArrayList<>();
        counts.forEach((source, rows) -> {
            Optional<UserView> user = mapping.target(source);
            if (user.isEmpty() && source.equals(importer.name())) {
                user = Optional.of(importer);
            }
            if (user.isEmpty()
                    && preset.source.equals("salesforce")
                    && !mapping.createChosen(source)
                    && source.matches("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}")) {
                user = Optional.of(importer);
            }
            choices.add(user.map(u -> new ImportPreview.OwnerChoice(source, rows, u.id(), u.name(), false, null))
                    .orElseGet(() -> new ImportPreview.OwnerChoice(
                            source,
                            rows,
                            null,
                            source,
                            true,
                            companions.manager(source).orElse(null))));
        });
        return choices;
    }
}
