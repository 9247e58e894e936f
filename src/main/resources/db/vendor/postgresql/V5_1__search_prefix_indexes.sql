-- Prefix matches ("robo%") come first in search; a B-tree over the lower-case text answers them as a
-- range scan, where the trigram index would have to visit every row that merely contains the letters.
CREATE INDEX IF NOT EXISTS ix_opportunity_name_prefix ON opportunity (LOWER(name) text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_account_name_prefix ON account (LOWER(name) text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_account_domain_prefix ON account (LOWER(domain) text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_contact_name_prefix ON contact (LOWER(name) text_pattern_ops);
CREATE INDEX IF NOT EXISTS ix_contact_email_prefix ON contact (LOWER(email) text_pattern_ops);
