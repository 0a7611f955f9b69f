//! Personal, never intrusive: interests, "For you", "not for me", digests, and no
//! behavioural data in the schema.

mod digests;
mod for_you;
mod marks;
mod schema;

use reqwest::StatusCode;

use crate::helpers::Browser;

/// Writes a published article with `tags` and returns its address.
pub async fn article_tagged(staff: &Browser, title: &str, tags: &str) -> String {
    let page = staff
        .submit_multipart(
            "/blog/new",
            "/blog/new",
            &[
                ("title", title),
                ("body", "Some advice worth reading."),
                ("tags", tags),
                ("publish", "now"),
                ("intent", "save"),
            ],
            &[],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

/// Chooses `areas` (ids) and `tags` as interests, with the digest `digest`.
pub async fn choose(
    member: &Browser,
    areas: &[i64],
    tags: &[&str],
    digest: &str,
) -> crate::helpers::Page {
    let ids: Vec<String> = areas.iter().map(i64::to_string).collect();
    let mut fields: Vec<(&str, &str)> = ids.iter().map(|id| ("area", id.as_str())).collect();
    fields.extend(tags.iter().map(|tag| ("tag", *tag)));
    fields.push(("digest", digest));
    member
        .submit("/account/interests", "/account/interests", &fields)
        .await
}

/// Marks something "not for me" (or undoes it), from `back`.
pub async fn mark(
    member: &Browser,
    kind: &str,
    id: &str,
    tag: &str,
    undo: bool,
) -> crate::helpers::Page {
    member
        .submit(
            "/",
            "/not-for-me",
            &[
                ("kind", kind),
                ("id", id),
                ("tag", tag),
                ("back", "/"),
                ("undo", if undo { "yes" } else { "" }),
            ],
        )
        .await
}

/// The "For you" section of the front page as `member` sees it.
pub async fn for_you(member: &Browser) -> String {
    let body = member.get("/").await.body;
    let start = body
        .find("id=\"for-you-heading\"")
        .unwrap_or_else(|| panic!("no For you section:\n{body}"));
    let end = body[start..]
        .find("</section>")
        .map_or(body.len(), |e| start + e);
    body[start..end].to_owned()
}
