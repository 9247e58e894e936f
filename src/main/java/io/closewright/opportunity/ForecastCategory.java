package io.closewright.opportunity;

/** How the owner calls a deal for the forecast; CLOSED and OMITTED are set when a deal is won or lost. */
public enum ForecastCategory {
    PIPELINE,
    BEST_CASE,
    COMMIT,
    CLOSED,
    OMITTED;

    public String label() {
        return switch (this) {
            case PIPELINE -> "Pipeline";
            case BEST_CASE -> "Best case";
            case COMMIT -> "Commit";
            case CLOSED -> "Closed";
            case OMITTED -> "Omitted";
        };
    }
}
