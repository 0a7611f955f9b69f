DROP TABLE idea_hidden;
DROP TABLE idea_status_changes;
DROP TABLE idea_votes;
DROP TABLE ideas;
