package io.closewright.identity;

/** What a user may do: reps own deals, managers lead the team below them, admins run the workspace. */
public enum Role {
    REP,
    MANAGER,
    ADMIN;

    /** Whether users of this role may have others report to them. */
    public boolean canLead() {
        return this != REP;
    }
}
