ALTER TABLE sessions DROP COLUMN provider;
DROP TABLE sign_in_arrivals;
DROP TABLE sign_in_trips;
DROP TABLE member_identities;
