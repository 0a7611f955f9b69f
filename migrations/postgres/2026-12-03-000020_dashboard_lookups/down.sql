DROP INDEX questions_waiting;
DROP INDEX member_days_user;
