/**
 * Moving in from another CRM and out again: CSV imports of opportunities with their accounts, owners and
 * closed history (presets for Salesforce, HubSpot, Pipedrive, the Maven sample and a generic CSV with a
 * column mapping), a dry run that shows every mapping and every bad row, resumable batch imports with
 * progress, and the CSV export of the deals a user may see.
 */
package io.closewright.imports;
