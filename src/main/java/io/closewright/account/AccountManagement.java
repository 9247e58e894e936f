package io.closewright.account;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and reads accounts and their contacts, always as a given viewer. */
@Service
public class AccountManagement {

    private final Accounts accounts;
    private final Contacts contacts;
    private final AccountQueries queries;
    private final IdentityManagement identity;
    private final Clock clock;

    AccountManagement(
            Accounts accounts, Contacts contacts, AccountQueries queries, IdentityManagement identity, Clock clock) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.queries = queries;
        this.identity = identity;
        this.clock = clock;
    }

    /** Creates an account owned by {@code details.ownerId()} (default: the viewer), who must be visible to the viewer. */
    @Transactional
    public AccountView create(Viewer viewer, AccountDetails details) {
        AccountRules.check(details, true);
        Account account = new Account();
        account.workspaceId = viewer.workspaceId();
        account.ownerId = ownerFor(viewer, details.ownerId());
        apply(account, details);
        account.createdAt = clock.instant();
        accounts.save(account);
        return account(viewer, account.id);
    }

    /**
     * Changes an account, if {@code version} is still current. Only its owner, the people above the
     * owner and admins may: someone who sees the account only through a deal on it gets a
     * {@link ForbiddenException}; someone who cannot see it a {@link NotFoundException}.
     */
    @Transactional
    public AccountView update(Viewer viewer, long id, long version, AccountDetails details) {
        if (!mayChange(viewer, account(viewer, id))) {
            throw new ForbiddenException("Only the account's owner, their managers and admins can change this account");
        }
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
        Versions.check("Account", version, account.version);
        AccountRules.check(details, false);
        if (details.ownerId() != null) {
            account.ownerId = ownerFor(viewer, details.ownerId());
        }
        apply(account, details);
        accounts.save(account);
        return account(viewer, id);
    }

    /** Whether the viewer may change the account: they own it, they are above its owner, or they are an admin. */
    public boolean mayChange(Viewer viewer, AccountView account) {
        return identity.canSee(viewer, account.ownerId());
    }

    private static void apply(Account account, AccountDetails details) {
        if (details.name() != null) {
            account.name = details.name().trim();
        }
        if (details.domain() != null) {
            account.domain = AccountRules.normalDomain(details.domain());
        }
        if (details.industry() != null) {
            account.industry = AccountRules.blankToNull(details.industry());
        }
    }

    private long ownerFor(Viewer viewer, Long ownerId) {
        long owner = ownerId == null ? viewer.userId() : ownerId;
        if (!identity.canSee(viewer, owner)) {
            throw new RuleViolationException("ownerId", "no such user in your team");
        }
        return owner;
    }

    /** One account the viewer may see; 404 otherwise. */
    public AccountView account(Viewer viewer, long id) {
        return queries.one(viewer, id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    /** Accounts the viewer may see whose name or domain contains {@code query}, by name. */
    public Paged<AccountView> accounts(Viewer viewer, String query, PageSlice slice) {
        return queries.list(viewer, query, slice);
    }

    /** Adds a contact to an account the viewer may see. */
    @Transactional
    public ContactView addContact(Viewer viewer, long accountId, ContactDetails details) {
        account(viewer, accountId);
        AccountRules.check(details);
        Contact contact = new Contact();
        contact.workspaceId = viewer.workspaceId();
        contact.accountId = accountId;
        applyContact(contact, details);
        contact.createdAt = clock.instant();
        return contacts.save(contact).view();
    }

    /** Changes a contact, if {@code version} is still current. */
    @Transactional
    public ContactView updateContact(Viewer viewer, long contactId, long version, ContactDetails details) {
        Contact contact = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("Contact", contactId));
        if (contact.workspaceId != viewer.workspaceId()
                || queries.one(viewer, contact.accountId).isEmpty()) {
            throw new NotFoundException("Contact", contactId);
        }
        Versions.check("Contact", version, contact.version);
        AccountRules.check(details);
        applyContact(contact, details);
        return contacts.save(contact).view();
    }

    private static void applyContact(Contact contact, ContactDetails details) {
        contact.name = details.name().trim();
        contact.email = AccountRules.blankToNull(details.email());
        contact.title = AccountRules.blankToNull(details.title());
        contact.phone = AccountRules.blankToNull(details.phone());
        contact.role = details.role();
    }

    /** The contacts of an account the viewer may see, by name. */
    public List<ContactView> contacts(Viewer viewer, long accountId) {
        account(viewer, accountId);
        return contacts.findByAccountIdOrderByName(accountId).stream()
                .map(Contact::view)
                .toList();
    }

    /** One contact on an account the viewer may see. */
    public ContactView contact(Viewer viewer, long contactId) {
        Contact contact = contacts.findById(contactId)
                .filter(c -> c.workspaceId == viewer.workspaceId())
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
        queries.one(viewer, contact.accountId).orElseThrow(() -> new NotFoundException("Contact", contactId));
        return contact.view();
    }
}
