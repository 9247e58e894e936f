package io.closewright.activity;

import org.springframework.data.relational.core.mapping.Table;

/** A contact who took part in an activity. */
@Table("activity_contact")
record ActivityContact(long contactId) {}
