package io.closewright.checkup;

/** A workspace's checkup settings as the API and the admin page show them. */
public record CheckupPolicyView(int leadDays, int blockerAgeLimitDays, long version) {}
