package io.closewright.risk;

import io.closewright.support.Api;
import io.closewright.support.Deals;
import java.util.List;
import java.util.Map;

/** Deals with plans for the risk integration tests. */
final class RiskTesting {

    private RiskTesting() {}

    /** Seller a (2 days) -> buyer b (3) -> joint c (1): six working days of work. */
    static List<Map<String, Object>> chain() {
        return List.of(
                step("a", "Demo", "SELLER", 2),
                step("b", "Security review", "BUYER", 3, "a"),
                step("c", "Signature", "JOINT", 1, "b"));
    }

    static Map<String, Object> step(String key, String title, String owner, int days, String... dependsOn) {
        return Map.of(
                "key", key, "title", title, "owner", owner, "durationDays", days, "dependsOn", List.of(dependsOn));
    }

    /** A deal of the API's user closing on {@code closeDate} in {@code category}, with the chain plan. */
    static long dealWithPlan(Api api, String name, String closeDate, String category) {
        long account = Deals.account(api, name + " Inc");
        Map<String, Object> body = new java.util.LinkedHashMap<>(Deals.deal(account, name, closeDate));
        body.put("forecastCategory", category);
        Api.Response created = api.post("/api/opportunities", body);
        if (created.status() != 201) {
            throw new IllegalStateException("deal: " + created);
        }
        Api.Response plan = api.put("/api/opportunities/" + created.id() + "/plan", Map.of("steps", chain()), null);
        if (plan.status() != 200) {
            throw new IllegalStateException("plan: " + plan);
        }
        return created.id();
    }
}
