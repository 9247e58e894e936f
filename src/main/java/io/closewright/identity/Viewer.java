package io.closewright.identity;

/**
 * Who is asking: every read and write in Closewright is made on behalf of a viewer, and every query
 * filters by what that viewer may see (see {@link Visibility}).
 */
public record Viewer(long userId, long workspaceId, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean leadsOthers() {
        return role.canLead();
    }
}
