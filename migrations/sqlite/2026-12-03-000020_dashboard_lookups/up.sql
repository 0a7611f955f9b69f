-- The dashboard's two lookups that the first indexes left slow at a million posts:
-- whether given members were active in a period (one seek per member, instead of a scan
-- of the period's member-days per batch of members), and the unanswered public questions
-- per area (answered from the index alone).
CREATE INDEX member_days_user ON member_days (user_id, day);
CREATE INDEX questions_waiting ON questions (answer_count, visibility, area_id, created_at);
