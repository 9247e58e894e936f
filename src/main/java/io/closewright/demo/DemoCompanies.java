package io.closewright.demo;

import java.util.List;

/** Fictional companies, people and deal names for the demo workspace. */
final class DemoCompanies {

    static final List<String[]> ACCOUNTS = List.of(
            new String[] {"Acme Logistics", "acmelogistics.com", "Logistics"},
            new String[] {"Brightwater Health", "brightwaterhealth.com", "Healthcare"},
            new String[] {"Cobalt Robotics", "cobaltrobotics.io", "Manufacturing"},
            new String[] {"Dunmore Insurance", "dunmore-insurance.com", "Insurance"},
            new String[] {"Evergreen Foods", "evergreenfoods.com", "Food & beverage"},
            new String[] {"Fjord Analytics", "fjordanalytics.com", "Software"},
            new String[] {"Granite Bank", "granitebank.com", "Banking"},
            new String[] {"Harbor Freight Lines", "harborfreightlines.com", "Logistics"},
            new String[] {"Ironclad Security", "ironcladsec.com", "Security"},
            new String[] {"Juniper Retail", "juniperretail.com", "Retail"},
            new String[] {"Keystone Energy", "keystoneenergy.com", "Energy"},
            new String[] {"Lumen Education", "lumenedu.org", "Education"},
            new String[] {"Meridian Hotels", "meridianhotels.com", "Hospitality"},
            new String[] {"Northwind Traders", "northwindtraders.com", "Wholesale"},
            new String[] {"Orbital Media", "orbitalmedia.tv", "Media"},
            new String[] {"Pinnacle Legal", "pinnaclelegal.com", "Legal"},
            new String[] {"Quartz Semiconductors", "quartzsemi.com", "Manufacturing"},
            new String[] {"Redwood Capital", "redwoodcap.com", "Finance"},
            new String[] {"Silverline Telecom", "silverline.net", "Telecom"},
            new String[] {"Tidewater Shipping", "tidewatershipping.com", "Logistics"},
            new String[] {"Umbra Games", "umbragames.com", "Entertainment"},
            new String[] {"Vantage Pharma", "vantagepharma.com", "Pharma"},
            new String[] {"Willow Architecture", "willowarch.com", "Architecture"},
            new String[] {"Xenon Aerospace", "xenonaero.com", "Aerospace"},
            new String[] {"Yellowstone Outdoor", "yellowstoneoutdoor.com", "Retail"},
            new String[] {"Zephyr Airlines", "zephyrair.com", "Travel"},
            new String[] {"Atlas Construction", "atlasbuild.com", "Construction"},
            new String[] {"Beacon Nonprofit Network", "beacon.org", "Nonprofit"},
            new String[] {"Cascade Water", "cascadewater.com", "Utilities"},
            new String[] {"Delta Biotech", "deltabio.com", "Biotech"},
            new String[] {"Ember Restaurants", "emberrestaurants.com", "Hospitality"},
            new String[] {"Falcon Motors", "falconmotors.com", "Automotive"},
            new String[] {"Global Parcel", "globalparcel.com", "Logistics"},
            new String[] {"Horizon Realty", "horizonrealty.com", "Real estate"},
            new String[] {"Indigo Fashion", "indigofashion.com", "Retail"},
            new String[] {"Jasper Mining", "jaspermining.com", "Mining"},
            new String[] {"Kite Payments", "kitepay.com", "Fintech"},
            new String[] {"Lighthouse Clinics", "lighthouseclinics.com", "Healthcare"},
            new String[] {"Monarch Publishing", "monarchbooks.com", "Media"},
            new String[] {"Nimbus Cloud", "nimbuscloud.io", "Software"});

    static final List<String> FIRST = List.of(
            "Alex", "Blair", "Casey", "Dana", "Eli", "Farah", "Gabe", "Hana", "Ivan", "Jo", "Kai", "Lena", "Marco",
            "Nia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wen", "Yara");

    static final List<String> LAST = List.of(
            "Adams",
            "Baker",
            "Chen",
            "Diaz",
            "Evans",
            "Fischer",
            "Garcia",
            "Hughes",
            "Ito",
            "Jensen",
            "Kowalski",
            "Lopez",
            "Moreau",
            "Nakamura",
            "Okafor",
            "Patel",
            "Rossi",
            "Schmidt",
            "Tanaka",
            "Walsh");

    static final List<String> TITLES = List.of(
            "VP Operations",
            "CFO",
            "Head of IT",
            "Procurement Lead",
            "General Counsel",
            "CISO",
            "Director of Sales Ops",
            "COO",
            "Product Manager",
            "CTO");

    static final List<String> PRODUCTS = List.of(
            "Platform licence",
            "Expansion",
            "Renewal",
            "Pilot",
            "Enterprise rollout",
            "Analytics add-on",
            "Security upgrade",
            "Multi-year agreement",
            "Team plan",
            "Integration project");

    static final List<String> PUSH_REASONS = List.of(
            "Budget approval moved to next quarter",
            "Legal review is taking longer than planned",
            "Champion on leave for two weeks",
            "Security questionnaire still open",
            "Procurement asked for a second quote");

    static final List<String> LOSS_REASONS = List.of(
            "Chose a competitor on price", "Project cancelled", "No budget this year", "Went with an in-house build");

    private DemoCompanies() {}
}
