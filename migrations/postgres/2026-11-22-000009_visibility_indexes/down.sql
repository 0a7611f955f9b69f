DROP INDEX questions_visible_filters;
