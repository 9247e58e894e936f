/** Accounts (the companies deals are sold to) and their contacts with stakeholder roles. */
package io.closewright.account;
