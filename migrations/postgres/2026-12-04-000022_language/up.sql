-- The language a member chose for the interface and their e-mail ('' : none chosen, so
-- pages follow the browser and e-mail the site's default). Codes as `Lang::code` writes
-- them: 'en', 'fr'.
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT '';
