-- A member's profile counts their accepted answers by joining questions on their accepted
-- answer: without this index that join read every visible question (0.4 s on the large
-- community for a busy expert); with it, one lookup per answer of theirs.
CREATE INDEX questions_accepted ON questions (accepted_answer_id);
