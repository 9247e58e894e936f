package io.closewright.account;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and contacts over JSON; every read and write is limited to what the caller may see. */
@RestController
@Tag(name = "Accounts")
class AccountsApiController {

    private final AccountManagement accounts;

    AccountsApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    record AccountBody(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 253) String domain,
            @Size(max = 100) String industry,
            Long ownerId) {}

    record AccountPatch(
            @Size(min = 1, max = 200) String name,
            @Size(max = 253) String domain,
            @Size(max = 100) String industry,
            Long ownerId) {}

    record ContactBody(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 320) String email,
            @Size(max = 200) String title,
            @Size(max = 50) String phone,
            @NotNull ContactRole role) {}

    @Operation(summary = "Create an account")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/accounts")
    ResponseEntity<AccountView> createAccount(
            @AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody AccountBody body) {
        AccountView account = accounts.create(
                me.viewer(), new AccountDetails(body.name(), body.domain(), body.industry(), body.ownerId()));
        return Tagged.created("/api/accounts/" + account.id(), account, account.version());
    }

    @Operation(summary = "Accounts the caller may see, filtered by name or domain, paged")
    @GetMapping("/api/accounts")
    Paged<AccountView> listAccounts(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return accounts.accounts(me.viewer(), q, PageSlice.of(page, size));
    }

    @Operation(summary = "One account")
    @GetMapping("/api/accounts/{id}")
    ResponseEntity<AccountView> account(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        AccountView account = accounts.account(me.viewer(), id);
        return Tagged.ok(account, account.version());
    }

    @Operation(summary = "Change an account (needs If-Match)")
    @PatchMapping("/api/accounts/{id}")
    ResponseEntity<AccountView> changeAccount(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AccountPatch body) {
        long version = Versions.required(ifMatch);
        AccountView account = accounts.update(
                me.viewer(),
                id,
                version,
                new AccountDetails(body.name(), body.domain(), body.industry(), body.ownerId()));
        return Tagged.ok(account, account.version());
    }

    @Operation(summary = "Add a contact with a stakeholder role")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/accounts/{id}/contacts")
    ResponseEntity<ContactView> addContact(
            @AuthenticationPrincipal UserPrincipal me, @PathVariable long id, @Valid @RequestBody ContactBody body) {
        ContactView contact = accounts.addContact(me.viewer(), id, details(body));
        return Tagged.created("/api/contacts/" + contact.id(), contact, contact.version());
    }

    @Operation(summary = "The contacts of an account")
    @GetMapping("/api/accounts/{id}/contacts")
    List<ContactView> listContacts(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return accounts.contacts(me.viewer(), id);
    }

    @Operation(summary = "One contact")
    @GetMapping("/api/contacts/{id}")
    ResponseEntity<ContactView> contact(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        ContactView contact = accounts.contact(me.viewer(), id);
        return Tagged.ok(contact, contact.version());
    }

    @Operation(summary = "Replace a contact's details (needs If-Match)")
    @PutMapping("/api/contacts/{id}")
    ResponseEntity<ContactView> changeContact(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ContactBody body) {
        long version = Versions.required(ifMatch);
        ContactView contact = accounts.updateContact(me.viewer(), id, version, details(body));
        return Tagged.ok(contact, contact.version());
    }

    private static ContactDetails details(ContactBody body) {
        return new ContactDetails(body.name(), body.email(), body.title(), body.phone(), body.role());
    }
}
