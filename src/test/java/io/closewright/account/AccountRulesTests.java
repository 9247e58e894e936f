package io.closewright.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class AccountRulesTests {

    @Test
    void normalisesDomainsTypedAsUrls() {
        assertThat(AccountRules.normalDomain("https://www.Acme.com/about")).isEqualTo("acme.com");
        assertThat(AccountRules.normalDomain("  ")).isNull();
        assertThat(AccountRules.normalDomain("sub.example.co.uk")).isEqualTo("sub.example.co.uk");
    }

    @Test
    void refusesNamelessAccountsAndBadDomains() {
        assertThatThrownBy(() -> AccountRules.check(new AccountDetails(" ", null, null, null), true))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> AccountRules.check(new AccountDetails("Acme", "not a domain", null, null), true))
                .hasMessageContaining("domain");
        assertThatCode(() -> AccountRules.check(new AccountDetails(null, "acme.com", null, null), false))
                .doesNotThrowAnyException();
    }

    @Test
    void aContactNeedsANameARoleAndAPlausibleEmail() {
        assertThatThrownBy(
                        () -> AccountRules.check(new ContactDetails("Ann", "ann@", null, null, ContactRole.CHAMPION)))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> AccountRules.check(new ContactDetails("Ann", null, null, null, null)))
                .isInstanceOf(RuleViolationException.class);
        assertThatCode(() -> AccountRules.check(
                        new ContactDetails("Ann", "ann@acme.com", "CFO", null, ContactRole.ECONOMIC_BUYER)))
                .doesNotThrowAnyException();
        assertThat(ContactRole.ECONOMIC_BUYER.label()).isEqualTo("Economic buyer");
    }
}
