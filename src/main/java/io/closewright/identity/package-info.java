/**
 * Workspaces, users, roles and the manager hierarchy; who may see what; sign-in for pages (form login
 * with database-backed sessions) and for the API (bearer tokens); login throttling.
 */
package io.closewright.identity;
