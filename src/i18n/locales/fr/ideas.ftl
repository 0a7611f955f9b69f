# ideas
