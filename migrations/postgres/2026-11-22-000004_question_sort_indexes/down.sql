DROP INDEX questions_expert_created;
DROP INDEX questions_created_order;
DROP INDEX questions_activity_order;
DROP INDEX questions_votes_order;
