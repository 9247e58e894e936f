package io.closewright.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as Spring Security holds it in the session or for one API request. */
public final class UserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final long workspaceId;
    private final String email;
    private final String name;
    private final Role role;
    private final Long managerId;
    private final boolean active;
    private String passwordHash;

    UserPrincipal(
            long id,
            long workspaceId,
            String email,
            String name,
            Role role,
            Long managerId,
            String passwordHash,
            boolean active) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.email = email;
        this.name = name;
        this.role = role;
        this.managerId = managerId;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    public Viewer viewer() {
        return new Viewer(id, workspaceId, role);
    }

    public long id() {
        return id;
    }

    public long workspaceId() {
        return workspaceId;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public Role role() {
        return role;
    }

    public Long managerId() {
        return managerId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
