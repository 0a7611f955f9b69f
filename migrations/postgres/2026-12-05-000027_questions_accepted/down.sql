DROP INDEX questions_accepted;
