package io.closewright.demo;

import io.closewright.account.AccountDetails;
import io.closewright.account.AccountManagement;
import io.closewright.account.ContactDetails;
import io.closewright.account.ContactRole;
import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.identity.WorkspaceInfo;
import io.closewright.opportunity.CloseOutcome;
import io.closewright.opportunity.ForecastCategory;
import io.closewright.opportunity.NewOpportunity;
import io.closewright.opportunity.OpportunityChanges;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a demo workspace: an admin, two managers, six reps, forty accounts
 * with contacts and about 150 deals over every stage, owner and close date, some pushed and some
 * already won or lost. Everything goes through the modules' own services, so it obeys every rule.
 */
@Component
@Order(-1)
class DemoWorkspace implements ApplicationRunner {

    static final String DOMAIN = "@demo.closewright.io";
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);
    private static final String[] OPEN_STAGES = {"qualify", "discover", "validate", "propose", "negotiate"};

    private final DemoSettings settings;
    private final IdentityManagement identity;
    private final AccountManagement accounts;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;
    private final DemoAsks demoAsks;
    private final DemoCheckups checkups;
    private final DemoActivities activities;
    private final DemoNotifications notifications;
    private final DemoForecast forecast;
    private final DemoRisks demoRisks;
    private final DemoNurture nurture;
    private final DemoTasks tasks;

    DemoWorkspace(
            DemoSettings settings,
            IdentityManagement identity,
            AccountManagement accounts,
            OpportunityManagement opportunities,
            ClosePlanManagement plans,
            DemoAsks demoAsks,
            DemoCheckups checkups,
            DemoActivities activities,
            DemoNotifications notifications,
            DemoRisks demoRisks,
            DemoNurture nurture,
            DemoTasks tasks,
            DemoForecast forecast) {
        this.settings = settings;
        this.identity = identity;
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.plans = plans;
        this.demoAsks = demoAsks;
        this.checkups = checkups;
        this.activities = activities;
        this.notifications = notifications;
        this.forecast = forecast;
        this.demoRisks = demoRisks;
        this.nurture = nurture;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled() || identity.hasUsers()) {
            return;
        }
        Random random = new Random(settings.seed());
        WorkspaceInfo ws = identity.createWorkspace("Northwind Demo", "USD", "UTC");
        UserView admin = user(ws, "admin", "Avery Admin", Role.ADMIN, null);
        UserView maya = user(ws, "maya", "Maya Chen", Role.MANAGER, null);
        UserView omar = user(ws, "omar", "Omar Haddad", Role.MANAGER, null);
        List<UserView> reps = List.of(
                user(ws, "riley", "Riley Park", Role.REP, maya.id()),
                        user(ws, "sofia", "Sofia Alvarez", Role.REP, maya.id()),
                user(ws, "jamal", "Jamal Wright", Role.REP, maya.id()),
                        user(ws, "lena", "Lena Novak", Role.REP, omar.id()),
                user(ws, "tom", "Tom Becker", Role.REP, omar.id()), user(ws, "aiko", "Aiko Sato", Role.REP, omar.id()));
        Viewer boss = new Viewer(admin.id(), ws.id(), Role.ADMIN);
        List<Long> accountIds = accounts(boss, reps, random);
        int deals = 0;
        for (int i = 0; i < 150; i++) {
            deals += deal(boss, reps.get(i % reps.size()), accountIds.get(random.nextInt(accountIds.size())), random)
                    ? 1
                    : 0;
        }
        checkups.add(boss, List.of(reps.get(2).id(), reps.get(4).id()), random);
        activities.addTo(boss, random);
        notifications.addTo(boss, maya.id(), reps.get(0).id());
        forecast.addTo(boss, List.of(maya, omar), reps, random);
        demoRisks.add(boss, List.of(reps.get(0).id(), reps.get(3).id()));
        nurture.add(boss);
        tasks.add(boss, reps, random);
        LOG.info(
                "Created the demo workspace: 9 users, {} accounts, {} deals. Sign in as admin{} (or maya, omar, riley, sofia,"
                        + " jamal, lena, tom, aiko) with the password '{}'",
                accountIds.size(),
                deals,
                DOMAIN,
                settings.password());
    }

    private UserView user(WorkspaceInfo ws, String login, String name, Role role, Long managerId) {
        return identity.createUser(ws.id(), new NewUser(login + DOMAIN, name, settings.password(), role, managerId));
    }

    private List<Long> accounts(Viewer boss, List<UserView> reps, Random random) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DemoCompanies.ACCOUNTS.size(); i++) {
            String[] company = DemoCompanies.ACCOUNTS.get(i);
            long id = accounts.create(
                            boss,
                            new AccountDetails(
                                    company[0],
                                    company[1],
                                    company[2],
                                    reps.get(i % reps.size()).id()))
                    .id();
            int contacts = 2 + random.nextInt(3);
            for (int c = 0; c < contacts; c++) {
                String first = pick(DemoCompanies.FIRST, random);
                String last = pick(DemoCompanies.LAST, random);
                ContactRole role = ContactRole.values()[random.nextInt(ContactRole.values().length)];
                accounts.addContact(
                        boss,
                        id,
                        new ContactDetails(
                                first + " " + last,
                                first.toLowerCase() + "." + last.toLowerCase() + "@" + company[1],
                                pick(DemoCompanies.TITLES, random),
                                null,
                                role));
            }
            ids.add(id);
        }
        return ids;
    }

    private boolean deal(Viewer boss, UserView owner, long accountId, Random random) {
        LocalDate today = opportunities.today(boss);
        BigDecimal amount = BigDecimal.valueOf(amount(random));
        String stage = OPEN_STAGES[random.nextInt(OPEN_STAGES.length)];
        LocalDate close = today.plusDays(3 + random.nextInt(150));
        ForecastCategory category = switch (stage) {
            case "negotiate" -> ForecastCategory.COMMIT;
            case "propose" -> random.nextBoolean() ? ForecastCategory.BEST_CASE : ForecastCategory.COMMIT;
            case "validate" -> random.nextInt(3) == 0 ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE;
            default -> ForecastCategory.PIPELINE;
        };
        String name = accounts.account(boss, accountId).name() + " " + pick(DemoCompanies.PRODUCTS, random);
        OpportunityView deal = opportunities.open(
                boss, new NewOpportunity(name, accountId, owner.id(), amount, null, stage, close, category));
        plan(boss, deal, stage, today, random);
        demoAsks.addTo(boss, deal, stage, today, random);
        int roll = random.nextInt(10);
        if (roll < 2) {
            for (int p = 0; p < 1 + random.nextInt(3); p++) {
                deal = opportunities.change(
                        boss,
                        deal.id(),
                        deal.version(),
                        OpportunityChanges.closeDate(
                                deal.closeDate().plusDays(14 + random.nextInt(30)),
                                pick(DemoCompanies.PUSH_REASONS, random)));
            }
        } else if (roll < 4) {
            opportunities.close(
                    boss,
                    deal.id(),
                    deal.version(),
                    CloseOutcome.WON,
                    today.minusDays(1 + random.nextInt(300)),
                    null,
                    null);
        } else if (roll == 4) {
            opportunities.close(
                    boss,
                    deal.id(),
                    deal.version(),
                    CloseOutcome.LOST,
                    today.minusDays(1 + random.nextInt(300)),
                    null,
                    pick(DemoCompanies.LOSS_REASONS, random));
        }
        return true;
    }

    /** Gives most deals the standard plan, with the steps a deal in this stage would have done. */
    private void plan(Viewer boss, OpportunityView deal, String stage, LocalDate today, Random random) {
        if (random.nextInt(8) == 0) {
            return;
        }
        List<String> done = switch (stage) {
            case "discover" -> List.of("discovery");
            case "validate" -> List.of("discovery", "success-criteria");
            case "propose" -> List.of("discovery", "success-criteria", "technical-validation", "business-case");
            case "negotiate" ->
                List.of(
                        "discovery",
                        "success-criteria",
                        "technical-validation",
                        "business-case",
                        "executive-sponsor",
                        "proposal");
            default -> List.of();
        };
        plans.replace(boss, deal.id(), null, "standard", null);
        int daysAgo = 4 * done.size() + random.nextInt(5);
        for (String key : done) {
            plans.complete(boss, deal.id(), key, today.minusDays(Math.max(0, daysAgo)));
            daysAgo -= 3 + random.nextInt(2);
        }
    }

    private static long amount(Random random) {
        double skew = Math.pow(random.nextDouble(), 3);
        return Math.round((5_000 + skew * 245_000) / 500) * 500;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
