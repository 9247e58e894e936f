package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Contacts named on imported rows (HubSpot's "Associated Contact", a generic file's contact columns)
 * land on their accounts, are counted in the dry run, and are upserted: the same file again adds
 * nothing, a changed name overwrites the contact.
 */
@IntegrationTest
class ImportContactsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hubSpotAssociatedContactsLandOnTheirAccountsOnce() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        String owner = team.admin().user().email();
        byte[] file = hubspot(owner, "Jane Doe (jane@acme.example); Bob Roe");

        Api.Response dry = Uploads.csv(admin, "preset=hubspot&dryRun=true", file);
        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        assertThat(dry.json().get("created").asInt()).isEqualTo(3);
        assertThat(dry.json().get("contactsCreated").asInt()).isEqualTo(2);
        assertThat(dry.json().get("contactsUpdated").asInt()).isZero();
        assertThat(contacts(team)).isEmpty();

        JsonNode done = Uploads.finished(admin, Uploads.csv(admin, "preset=hubspot", file));
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(contacts(team)).containsExactly("Acme|Bob Roe|null", "Acme|Jane Doe|jane@acme.example");
        long acme = jdbc.sql("SELECT id FROM account WHERE workspace_id = ? AND name = 'Acme'")
                .param(team.workspace().id())
                .query(Long.class)
                .single();
        Api.Response listed = admin.get("/api/accounts/" + acme + "/contacts");
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(2);

        Api.Response again = Uploads.csv(admin, "preset=hubspot&dryRun=true", file);
        assertThat(again.json().get("contactsCreated").asInt()).isZero();
        assertThat(again.json().get("contactsUpdated").asInt()).isZero();
        Uploads.finished(admin, Uploads.csv(admin, "preset=hubspot", file));
        assertThat(contacts(team)).hasSize(2);

        byte[] renamed = hubspot(owner, "Jane Doe-Smith (jane@acme.example); Bob Roe");
        Api.Response changed = Uploads.csv(admin, "preset=hubspot&dryRun=true", renamed);
        assertThat(changed.json().get("contactsCreated").asInt()).isZero();
        assertThat(changed.json().get("contactsUpdated").asInt()).isEqualTo(1);
        Uploads.finished(admin, Uploads.csv(admin, "preset=hubspot", renamed));
        assertThat(contacts(team)).containsExactly("Acme|Bob Roe|null", "Acme|Jane Doe-Smith|jane@acme.example");
    }

    @Test
    void aGenericFilesContactAndEmailColumnsMakeOneContactAndABadEmailIsABadRow() {
        Fixtures.Team team = fixtures.team(port);
        Api admin = team.admin().api();
        String owner = team.admin().user().email();
        byte[] file = ("id,name,account,owner,stage,amount,close date,contact,contact email\n"
                        + "g1,One,Initech,OWNER,qualify,10,2027-03-01,Peter Gibbons,peter@initech.example\n"
                        + "g2,Two,Initech,OWNER,qualify,20,2027-03-01,,peter@initech.example\n"
                        + "g3,Three,Initech,OWNER,qualify,30,2027-03-01,Milton,not-an-email\n")
                .replace("OWNER", owner)
                .getBytes(StandardCharsets.UTF_8);

        Api.Response dry = Uploads.csv(admin, "preset=generic&dryRun=true", file);
        assertThat(dry.status()).as(dry.text()).isEqualTo(200);
        assertThat(dry.json().get("contactsCreated").asInt()).isEqualTo(1);
        assertThat(dry.json().get("errorCount").asInt()).isEqualTo(1);
        assertThat(dry.json().get("errors").get(0).get("message").asString()).contains("is not an email");

        Uploads.finished(admin, Uploads.csv(admin, "preset=generic", file));
        assertThat(contacts(team)).containsExactly("Initech|Peter Gibbons|peter@initech.example");
    }

    private static byte[] hubspot(String owner, String acmeContacts) {
        return ("Record ID,Deal Name,Associated Company,Deal owner,Deal Stage,Amount,Close Date,Associated Contact\n"
                        + "h1,Alpha,Acme," + owner + ",Appointment Scheduled,100,2027-01-15,\"" + acmeContacts + "\"\n"
                        + "h2,Beta,Acme," + owner + ",Closed Won,200,2026-11-01,Jane Doe (jane@acme.example)\n"
                        + "h3,Gamma,Globex," + owner + ",Contract Sent,300,2027-02-01,\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private List<String> contacts(Fixtures.Team team) {
        return jdbc.sql("SELECT a.name, c.name, c.email FROM contact c JOIN account a ON a.id = c.account_id"
                        + " WHERE c.workspace_id = ? ORDER BY a.name, c.name")
                .param(team.workspace().id())
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .list();
    }
}
