package io.closewright.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Short-hands for making accounts and deals through the API in tests. */
public final class Deals {

    private Deals() {}

    public static long account(Api api, String name) {
        Api.Response r = api.post(
                "/api/accounts",
                Map.of("name", name, "domain", name.toLowerCase().replaceAll("[^a-z]", "") + ".com"));
        if (r.status() != 201) {
            throw new IllegalStateException("account: " + r);
        }
        return r.id();
    }

    public static Map<String, Object> deal(long accountId, String name, String closeDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("accountId", accountId);
        body.put("amount", 12500);
        body.put("currency", "USD");
        body.put("stage", "discover");
        body.put("closeDate", closeDate);
        body.put("forecastCategory", "PIPELINE");
        return body;
    }

    public static Api.Response open(Api api, String name) {
        long account = account(api, name + " Inc");
        Api.Response r = api.post("/api/opportunities", deal(account, name, "2027-01-29"));
        if (r.status() != 201) {
            throw new IllegalStateException("deal: " + r);
        }
        return r;
    }
}
