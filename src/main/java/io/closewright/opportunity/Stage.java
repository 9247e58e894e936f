package io.closewright.opportunity;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A pipeline stage of a workspace with its win probability and the days without activity after which its
 * open deals are stale (0: never); admins rename, re-weight and reorder them.
 */
@Table("stage")
class Stage {

    @Id
    Long id;

    Long workspaceId;

    @Column("stage_key")
    String key;

    String name;
    int probability;
    int sortOrder;
    boolean closed;
    boolean won;
    int staleDays;

    @Version
    Long version;

    static Stage of(
            long workspaceId,
            String key,
            String name,
            int probability,
            int order,
            boolean closed,
            boolean won,
            int staleDays) {
        Stage stage = new Stage();
        stage.workspaceId = workspaceId;
        stage.key = key;
        stage.name = name;
        stage.probability = probability;
        stage.sortOrder = order;
        stage.closed = closed;
        stage.won = won;
        stage.staleDays = staleDays;
        return stage;
    }

    StageView view() {
        return new StageView(key, name, probability, sortOrder, closed, won, version, staleDays);
    }
}
