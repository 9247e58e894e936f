/**
 * What happened on a deal: notes, calls, meetings and emails logged by hand (on a deal, an account or a
 * contact), the deal's timeline (activities together with the system's own events, newest first), each
 * deal's last and next activity, and the global search of deals, accounts and contacts.
 */
package io.closewright.activity;
