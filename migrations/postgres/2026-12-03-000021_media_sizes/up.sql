-- Smaller copies of each stored image, made once at upload (or by `parlour images` for
-- images stored before), so that a page can offer the browser the size it shows
-- (srcset) instead of the full picture. Served at /media/{hash}-{width}.{extension}.
CREATE TABLE media_sizes (
    media_id BIGINT  NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    width    INTEGER NOT NULL,
    height   INTEGER NOT NULL,
    bytes    BYTEA   NOT NULL,
    PRIMARY KEY (media_id, width)
);
