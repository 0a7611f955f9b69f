DROP TABLE media_sizes;
