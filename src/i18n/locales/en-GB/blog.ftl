# blog
