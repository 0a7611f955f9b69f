DROP TABLE account_tokens;
ALTER TABLE expert_areas DROP COLUMN created_at;
ALTER TABLE sessions DROP COLUMN device;
ALTER TABLE users DROP COLUMN hide_activity;
ALTER TABLE users DROP COLUMN display_name;
ALTER TABLE users DROP COLUMN email_confirmed_at;
