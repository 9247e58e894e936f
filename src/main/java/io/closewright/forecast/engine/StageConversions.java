package io.closewright.forecast.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage conversion: of the deals that reached an open stage, the share that went on to a later open
 * stage or were won. Deals still sitting in the stage count as reached and not (yet) advanced.
 */
final class StageConversions {

    private StageConversions() {}

    static List<PipelineHealth.StageConversion> of(
            List<HealthInputs.StagePath> paths, List<String> stages, Set<String> wonStages) {
        List<PipelineHealth.StageConversion> result = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            String stage = stages.get(i);
            List<String> later = stages.subList(i + 1, stages.size());
            long reached = 0;
            long advanced = 0;
            for (HealthInputs.StagePath path : paths) {
                int at = path.stages().indexOf(stage);
                if (at < 0) {
                    continue;
                }
                reached++;
                List<String> after = path.stages().subList(at + 1, path.stages().size());
                if (after.stream().anyMatch(s -> later.contains(s) || wonStages.contains(s))) {
                    advanced++;
                }
            }
            result.add(new PipelineHealth.StageConversion(
                    stage, reached, advanced, reached == 0 ? null : (double) advanced / reached));
        }
        return result;
    }
}
