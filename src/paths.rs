//! The site's addresses for posts, built in one place so that a link made in a
//! notification, the moderation queue, a feed or a page always matches the route that
//! answers it. The URL contract (DESIGN.md) says these never change.

/// An article: `/blog/{slug}`.
pub fn article(slug: &str) -> String {
    format!("/blog/{slug}")
}

/// The staff editor of an article: `/blog/{slug}/edit`.
pub fn article_editor(slug: &str) -> String {
    format!("/blog/{slug}/edit")
}

/// The Atom feed of an area's questions: `/experts/{slug}/feed.atom`.
pub fn area_feed(slug: &str) -> String {
    format!("/experts/{slug}/feed.atom")
}

/// A question: `/experts/questions/{id}-{slug}`.
pub fn question(id: i64, slug: &str) -> String {
    format!("/experts/questions/{id}-{slug}")
}

/// An answer, in its place on its question's page.
pub fn answer(question_id: i64, question_slug: &str, answer_id: i64) -> String {
    format!(
        "{}#answer-{answer_id}",
        question(question_id, question_slug)
    )
}

/// An idea: `/ideas/{id}`.
pub fn idea(id: i64) -> String {
    format!("/ideas/{id}")
}

/// A comment, wherever it hangs: `/comments/{id}` sends the reader to its place.
pub fn comment(id: i64) -> String {
    format!("/comments/{id}")
}

/// A member's public profile: `/u/{username}`. Usernames are letters, digits, `_` and
/// `-`, so they need no escaping in a path.
pub fn profile(username: &str) -> String {
    format!("/u/{username}")
}

/// An area's questions: `/experts?area={slug}` (slugs need no escaping).
pub fn area(slug: &str) -> String {
    format!("/experts?area={slug}")
}

/// The articles with a tag: `/blog?tag={tag}`.
pub fn tag(tag: &str) -> String {
    let query = serde_urlencoded::to_string([("tag", tag)]).unwrap_or_default();
    format!("/blog?{query}")
}

/// The signed link in notification mail that stops mail of `kind` to member `user_id`.
pub fn unsubscribe(user_id: i64, kind: &str, tag: &str) -> String {
    format!("/unsubscribe/{user_id}/{kind}/{tag}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_follow_the_url_contract() {
        assert_eq!(super::article("care-for-wool"), "/blog/care-for-wool");
        assert_eq!(
            super::question(7, "which-iron"),
            "/experts/questions/7-which-iron"
        );
        assert_eq!(
            super::answer(7, "which-iron", 9),
            "/experts/questions/7-which-iron#answer-9"
        );
        assert_eq!(super::idea(3), "/ideas/3");
        assert_eq!(super::comment(4), "/comments/4");
        assert_eq!(super::profile("tom"), "/u/tom");
    }
}
