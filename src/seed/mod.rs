//! A large generated community, for measuring Parlour at the size of a big retailer's:
//! `parlour seed` fills an empty database with 100,000 members and 1,000,000 posts by
//! default (articles, questions, answers, ideas, comments, in the proportions of a busy
//! community), with votes, statuses, held and hidden posts, drafts and scheduled articles,
//! then builds the search index. Search, personalisation, the dashboard and the speed
//! benchmarks all measure this one database, so anyone can repeat their figures.
//!
//! **How it stays quick.** Rows are written many to a statement
//! ([`crate::db::models::bulk`]) in one transaction, and every id is known before it is
//! written (tables are numbered from 1), so nothing is read back. Markdown goes through the
//! real renderer, as a post written on the site would. Every member shares one password
//! hash ([`PASSWORD`]): hashing 100,000 passwords with argon2 would take longer than
//! everything else together.
//!
//! **What is true of it.** The counters the lists filter on (answers, experts' answers,
//! votes, the accepted answer, idea statuses with their history) agree with the rows, as
//! the services would have left them.

mod text;

use chrono::{Duration, NaiveDateTime};

use crate::auth::password;
use crate::db::models::bulk::{self, *};
use crate::db::models::users;
use crate::db::{self, DbConnection};
use crate::domain::idea::IdeaStatus;
use crate::domain::{Role, RoleSet, Visibility, slugify};
use crate::render::markdown::{self, Trust};
use text::{Random, Words};

/// The password of every generated account. Never use seeded data live.
pub const PASSWORD: &str = "parlour-seed-password";

/// How big a community to make.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub members: u64,
    pub posts: u64,
    /// The generator's seed: the same seed makes the same community.
    pub seed: u64,
}

/// What was made.
#[derive(Debug, Default)]
pub struct Report {
    pub members: u64,
    pub articles: u64,
    pub questions: u64,
    pub answers: u64,
    pub ideas: u64,
    pub comments: u64,
    pub votes: u64,
}

impl Report {
    pub fn posts(&self) -> u64 {
        self.articles + self.questions + self.answers + self.ideas + self.comments
    }
}

const AREAS: &[&str] = &[
    "Shirts",
    "Suits & tailoring",
    "Shoes",
    "Knitwear",
    "Outerwear",
    "Trousers",
    "Accessories",
    "Care & repairs",
    "Occasions",
    "Fit & sizing",
    "Delivery & returns",
    "Gifts",
];

const TAGS: &[&str] = &[
    "style",
    "care",
    "fit",
    "fabric",
    "shoes",
    "tailoring",
    "occasions",
    "seasonal",
    "travel",
    "gifts",
    "behind-the-scenes",
    "new-in",
];

const FIRST_NAMES: &[&str] = &[
    "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo",
    "Grace", "Arthur", "Freya", "Oscar", "Lily", "Louis", "Chloé", "Hugo", "Léa", "Jules", "Manon",
    "Gabriel", "Camille", "Raphaël", "Inès", "Adam", "Sofia", "Priya", "Tomasz",
];

const LAST_NAMES: &[&str] = &[
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
    "Roberts", "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon",
    "Michel", "Garcia", "Patel", "Khan", "Nowak", "Murphy", "Kelly",
];

/// How the posts divide, per thousand: the rest are comments.
const ARTICLES_PER_MILLE: u64 = 10;
const QUESTIONS_PER_MILLE: u64 = 200;
const IDEAS_PER_MILLE: u64 = 50;
/// How many answers a question gets, per thousand questions (about 2 on average).
const ANSWERS: [(u64, u64); 7] = [
    (0, 150),
    (1, 250),
    (2, 250),
    (3, 170),
    (4, 100),
    (5, 50),
    (6, 30),
];
/// How many of the rows one statement batch holds, and so how much is in memory at once.
const CHUNK: u64 = 5_000;
/// How far back the community goes.
const YEARS: i64 = 3;

/// Who is who: ids are numbered from 1 in this order.
struct People {
    members: u64,
    staff: u64,
    experts: u64,
    moderators: u64,
}

impl People {
    fn of(members: u64) -> Self {
        People {
            members,
            staff: (members / 2_000).max(2),
            experts: (members / 500).max(3),
            moderators: (members / 10_000).max(1),
        }
    }
    /// Id 1 is the admin; then staff, experts, moderators, then customers.
    fn first_staff(&self) -> i64 {
        2
    }
    fn first_expert(&self) -> i64 {
        self.first_staff() + self.staff as i64
    }
    fn first_moderator(&self) -> i64 {
        self.first_expert() + self.experts as i64
    }
    fn first_customer(&self) -> i64 {
        self.first_moderator() + self.moderators as i64
    }
    fn roles(&self, id: i64) -> RoleSet {
        if id == 1 {
            RoleSet::from(Role::Admin)
        } else if id < self.first_expert() {
            // Half the staff write as experts too.
            let staff = RoleSet::from(Role::Staff);
            if id % 2 == 0 {
                staff.with(Role::Expert)
            } else {
                staff
            }
        } else if id < self.first_moderator() {
            RoleSet::from(Role::Expert)
        } else if id < self.first_customer() {
            RoleSet::from(Role::Moderator)
        } else {
            RoleSet::NONE
        }
    }
    fn staff(&self, random: &mut Random) -> i64 {
        self.first_staff() + random.below(self.staff) as i64
    }
    fn expert(&self, random: &mut Random) -> i64 {
        self.first_expert() + random.below(self.experts) as i64
    }
    fn moderator(&self, random: &mut Random) -> i64 {
        self.first_moderator() + random.below(self.moderators) as i64
    }
    fn anyone(&self, random: &mut Random) -> i64 {
        1 + random.below(self.members) as i64
    }
    fn username(id: i64) -> String {
        format!("member{id:06}")
    }
}

/// The clock of the generated past: item `k` of `n` is dated evenly from `YEARS` ago to
/// `now`, give or take an hour.
struct Timeline {
    start: NaiveDateTime,
    now: NaiveDateTime,
}

impl Timeline {
    fn at(&self, k: u64, n: u64, random: &mut Random) -> NaiveDateTime {
        let span = (self.now - self.start).num_seconds();
        let offset = span * k as i64 / n.max(1) as i64;
        let jitter = random.below(3_600) as i64;
        (self.start + Duration::seconds(offset + jitter)).min(self.now)
    }
    /// A moment up to `days` after `after`, never in the future.
    fn after(&self, after: NaiveDateTime, days: u64, random: &mut Random) -> NaiveDateTime {
        let seconds = random.between(600, days * 86_400) as i64;
        (after + Duration::seconds(seconds)).min(self.now)
    }
}

/// One visibility in a thousand posts or so is held, a few are hidden, as moderation leaves
/// a real community.
fn moderated(random: &mut Random) -> Visibility {
    match random.below(1000) {
        0..=4 => Visibility::Held,
        5..=6 => Visibility::Hidden,
        _ => Visibility::Visible,
    }
}

/// What every part of the community is made with.
struct Maker {
    people: People,
    words: Words,
    time: Timeline,
    random: Random,
}

/// Fills an empty database; `None` when it already has members. `progress` hears what is
/// being written. The search index is built afterwards by the caller
/// ([`crate::search::rebuild`]), which is also the measure of a reindex.
pub fn seed(
    conn: &mut DbConnection,
    size: Size,
    progress: &mut dyn FnMut(&str),
) -> anyhow::Result<Option<Report>> {
    if users::any_exist(conn)? {
        return Ok(None);
    }
    let hash = password::hash(PASSWORD)?;
    let now = crate::clock::now();
    let time = Timeline {
        start: now - Duration::days(365 * YEARS),
        now,
    };
    let mut m = Maker {
        people: People::of(size.members.max(10)),
        words: Words::new(),
        time,
        random: Random::new(size.seed),
    };
    let mut report = Report::default();
    db::write_transaction(conn, |conn| -> anyhow::Result<()> {
        restart_all(conn)?;
        progress("members");
        report.members = seed_members(conn, &mut m, &hash)?;
        seed_areas(conn, &mut m)?;
        let posts = size.posts;
        progress("articles");
        let articles = seed_articles(conn, &mut m, posts)?;
        report.articles = articles.len() as u64;
        progress("questions and answers");
        let answers = seed_questions(conn, &mut m, posts, &mut report)?;
        progress("ideas");
        let ideas = seed_ideas(conn, &mut m, posts, &mut report)?;
        let comments = posts.saturating_sub(report.posts());
        progress("comments");
        report.comments = seed_comments(conn, &mut m, comments, [&articles, &answers, &ideas])?;
        Ok(())
    })?;
    Ok(Some(report))
}

fn restart_all(conn: &mut DbConnection) -> anyhow::Result<()> {
    bulk::restart_ids::<UserRow>(conn)?;
    bulk::restart_ids::<AreaRow>(conn)?;
    bulk::restart_ids::<ArticleRow>(conn)?;
    bulk::restart_ids::<QuestionRow>(conn)?;
    bulk::restart_ids::<AnswerRow>(conn)?;
    bulk::restart_ids::<IdeaRow>(conn)?;
    bulk::restart_ids::<IdeaStatusRow>(conn)?;
    bulk::restart_ids::<ReplyRow>(conn)?;
    Ok(())
}

/// Checks that `R`'s table numbered the rows as the seed expected.
fn expect_last<R: Numbered>(conn: &mut DbConnection, last: i64) -> anyhow::Result<()> {
    let found = R::last_id(conn)?;
    anyhow::ensure!(
        found == last,
        "{} were numbered up to {found}, not {last}: is the database empty?",
        R::TABLE
    );
    Ok(())
}

/// Writes `rows` when they fill a chunk (or `last`), and empties the buffer.
fn flush<R: Rows>(conn: &mut DbConnection, rows: &mut Vec<R>, last: bool) -> anyhow::Result<()> {
    if last || rows.len() as u64 >= CHUNK {
        bulk::insert(conn, rows)?;
        rows.clear();
    }
    Ok(())
}

/// Writes rows of three tables that go together, in order (later ones point at earlier
/// ones), once the first fills a chunk (or at the `last`), and empties the buffers.
fn flush_together<A: Rows, B: Rows, C: Rows>(
    conn: &mut DbConnection,
    (a, b, c): (&mut Vec<A>, &mut Vec<B>, &mut Vec<C>),
    last: bool,
) -> anyhow::Result<()> {
    if last || a.len() as u64 >= CHUNK {
        bulk::insert(conn, a)?;
        bulk::insert(conn, b)?;
        bulk::insert(conn, c)?;
        a.clear();
        b.clear();
        c.clear();
    }
    Ok(())
}

fn seed_members(conn: &mut DbConnection, m: &mut Maker, hash: &str) -> anyhow::Result<u64> {
    let mut rows = Vec::new();
    for id in 1..=m.people.members as i64 {
        let username = People::username(id);
        let email = format!("{username}@seed.parlour.example");
        let created_at = m.time.at(id as u64, m.people.members, &mut m.random);
        rows.push(UserRow {
            username_key: username.clone(),
            username,
            email_key: email.clone(),
            email,
            password_hash: hash.to_owned(),
            roles: m.people.roles(id).bits(),
            created_at,
            email_confirmed_at: Some(created_at),
            display_name: format!(
                "{} {}",
                m.random.pick(FIRST_NAMES),
                m.random.pick(LAST_NAMES)
            ),
        });
        flush(conn, &mut rows, false)?;
    }
    flush(conn, &mut rows, true)?;
    expect_last::<UserRow>(conn, m.people.members as i64)?;
    Ok(m.people.members)
}

fn seed_areas(conn: &mut DbConnection, m: &mut Maker) -> anyhow::Result<()> {
    let rows: Vec<AreaRow> = AREAS
        .iter()
        .map(|name| AreaRow {
            slug: slugify(name),
            name: (*name).to_owned(),
            description: format!("Questions about {}.", name.to_lowercase()),
            created_at: m.time.start,
        })
        .collect();
    bulk::insert(conn, &rows)?;
    expect_last::<AreaRow>(conn, AREAS.len() as i64)?;
    // Every expert answers for two areas, and every area has experts.
    let mut experts = Vec::new();
    for n in 0..m.people.experts as i64 {
        let user_id = m.people.first_expert() + n;
        let first = n % AREAS.len() as i64;
        let second =
            (first + 1 + m.random.below(AREAS.len() as u64 - 1) as i64) % AREAS.len() as i64;
        for area in [first, second] {
            experts.push(ExpertAreaRow {
                user_id,
                area_id: area + 1,
                created_at: m.time.start,
            });
        }
    }
    bulk::insert(conn, &experts)?;
    Ok(())
}

fn render(source: &str, trust: Trust) -> (String, String) {
    let rendered = markdown::render(source, trust);
    (rendered.html.0, rendered.text)
}

/// Writes the articles; returns each one's date, or `None` for drafts and scheduled ones
/// (nobody comments on those).
fn seed_articles(
    conn: &mut DbConnection,
    m: &mut Maker,
    posts: u64,
) -> anyhow::Result<Vec<Option<NaiveDateTime>>> {
    let count = posts * ARTICLES_PER_MILLE / 1000;
    let mut dates = Vec::with_capacity(count as usize);
    let (mut rows, mut tags, mut slugs) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..count {
        let id = k as i64 + 1;
        let title = m.words.title(&mut m.random, false);
        let body = m.words.paragraphs(&mut m.random, 5, 12);
        let (html, text) = render(&body, Trust::Staff);
        let created_at = m.time.at(k, count, &mut m.random);
        let published_at = match m.random.below(100) {
            0..=1 => None,
            2 => Some(m.time.now + Duration::days(m.random.between(1, 30) as i64)),
            _ => Some(created_at),
        };
        dates.push(published_at.filter(|at| *at <= m.time.now));
        let slug = format!("{}-{id}", slugify(&title));
        let mut chosen: Vec<&str> = Vec::new();
        for _ in 0..m.random.between(1, 3) {
            let tag = m.random.pick(TAGS);
            if !chosen.contains(&tag) {
                chosen.push(tag);
            }
        }
        tags.extend(chosen.iter().map(|tag| ArticleTagRow {
            article_id: id,
            tag: (*tag).to_owned(),
        }));
        slugs.push(ArticleSlugRow {
            slug: slug.clone(),
            article_id: id,
        });
        rows.push(ArticleRow {
            slug,
            author_id: m.people.staff(&mut m.random),
            title,
            excerpt: text.chars().take(200).collect(),
            body_md: body,
            body_html: html,
            reading_minutes: i32::try_from(text.split_whitespace().count().div_ceil(230).max(1))
                .unwrap_or(1),
            cover_id: None,
            cover_alt: String::new(),
            tags: chosen.join(","),
            published_at,
            created_at,
            updated_at: created_at,
            visibility: Visibility::Visible.key().to_owned(),
        });
        flush_together(conn, (&mut rows, &mut tags, &mut slugs), false)?;
    }
    flush_together(conn, (&mut rows, &mut tags, &mut slugs), true)?;
    expect_last::<ArticleRow>(conn, count as i64)?;
    Ok(dates)
}

/// How many answers the next question gets.
fn answer_count(random: &mut Random) -> u64 {
    let mut roll = random.below(1000);
    for (answers, per_mille) in ANSWERS {
        if roll < per_mille {
            return answers;
        }
        roll -= per_mille;
    }
    0
}

/// Writes the questions with their answers and the votes on them; returns each answer's
/// date, or `None` for one that is not shown.
fn seed_questions(
    conn: &mut DbConnection,
    m: &mut Maker,
    posts: u64,
    report: &mut Report,
) -> anyhow::Result<Vec<Option<NaiveDateTime>>> {
    let count = posts * QUESTIONS_PER_MILLE / 1000;
    let mut answer_dates = Vec::new();
    let (mut questions, mut answers, mut votes) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..count {
        let question_id = k as i64 + 1;
        let title = m.words.title(&mut m.random, true);
        let body = m.words.paragraphs(&mut m.random, 1, 2);
        let (html, _) = render(&body, Trust::Member);
        let created_at = m.time.at(k, count, &mut m.random);
        let visibility = moderated(&mut m.random);
        let area_id = 1 + m.random.below(AREAS.len() as u64) as i64;
        let mut question = QuestionRow {
            slug: slugify(&title),
            asker_id: m.people.anyone(&mut m.random),
            area_id,
            title,
            body_md: body,
            body_html: html,
            image_id: None,
            image_alt: String::new(),
            answer_count: 0,
            expert_answer_count: 0,
            vote_count: 0,
            accepted_answer_id: None,
            created_at,
            last_activity_at: created_at,
            visibility: visibility.key().to_owned(),
        };
        let mut last = created_at;
        for _ in 0..answer_count(&mut m.random) {
            let answer_id = answer_dates.len() as i64 + 1;
            let by_expert = m.random.chance(400);
            let author_id = if by_expert {
                m.people.expert(&mut m.random)
            } else {
                m.people.anyone(&mut m.random)
            };
            let body = m.words.paragraphs(&mut m.random, 1, 3);
            let (html, _) = render(&body, Trust::Member);
            let at = m.time.after(last, 3, &mut m.random);
            last = at;
            let shown = moderated(&mut m.random);
            let score = if shown == Visibility::Visible {
                [0, 0, 0, 1, 1, 2, 3][m.random.below(7) as usize]
            } else {
                0
            };
            let first_voter = m.people.anyone(&mut m.random);
            report.votes += score as u64;
            for v in 0..score {
                votes.push(AnswerVoteRow {
                    answer_id,
                    user_id: 1 + (first_voter + v) % m.people.members as i64,
                    created_at: m.time.after(at, 7, &mut m.random),
                });
            }
            if shown == Visibility::Visible {
                question.answer_count += 1;
                question.expert_answer_count += i32::from(by_expert);
                question.vote_count += score as i32;
                question.last_activity_at = at;
                if question.accepted_answer_id.is_none() && m.random.chance(250) {
                    question.accepted_answer_id = Some(answer_id);
                }
            }
            answer_dates.push((shown == Visibility::Visible).then_some(at));
            answers.push(AnswerRow {
                question_id,
                author_id,
                body_md: body,
                body_html: html,
                by_expert,
                score: score as i32,
                created_at: at,
                edited_at: None,
                visibility: shown.key().to_owned(),
            });
        }
        questions.push(question);
        flush_together(conn, (&mut questions, &mut answers, &mut votes), false)?;
    }
    flush_together(conn, (&mut questions, &mut answers, &mut votes), true)?;
    expect_last::<QuestionRow>(conn, count as i64)?;
    expect_last::<AnswerRow>(conn, answer_dates.len() as i64)?;
    report.questions = count;
    report.answers = answer_dates.len() as u64;
    Ok(answer_dates)
}

/// An idea's status, per thousand: most are new, as on a real board.
fn idea_status(random: &mut Random) -> IdeaStatus {
    match random.below(1000) {
        0..=599 => IdeaStatus::New,
        600..=699 => IdeaStatus::UnderReview,
        700..=779 => IdeaStatus::Planned,
        780..=829 => IdeaStatus::InProgress,
        830..=899 => IdeaStatus::Done,
        900..=979 => IdeaStatus::Declined,
        _ => IdeaStatus::Duplicate,
    }
}

/// Writes the ideas with their votes and status changes; returns each idea's date, or
/// `None` for one not on the board.
fn seed_ideas(
    conn: &mut DbConnection,
    m: &mut Maker,
    posts: u64,
    report: &mut Report,
) -> anyhow::Result<Vec<Option<NaiveDateTime>>> {
    let count = posts * IDEAS_PER_MILLE / 1000;
    let mut dates = Vec::with_capacity(count as usize);
    let (mut ideas, mut votes, mut changes) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..count {
        let id = k as i64 + 1;
        let title = m.words.title(&mut m.random, false);
        let body = m.words.paragraphs(&mut m.random, 1, 3);
        let (html, _) = render(&body, Trust::Member);
        let created_at = m.time.at(k, count, &mut m.random);
        let approved = !m.random.chance(20);
        let status = if approved {
            idea_status(&mut m.random)
        } else {
            IdeaStatus::New
        };
        let merged_into_id = (status == IdeaStatus::Duplicate && id > 1)
            .then(|| 1 + m.random.below(id as u64 - 1) as i64);
        let first_response_at =
            (status != IdeaStatus::New).then(|| m.time.after(created_at, 30, &mut m.random));
        if let Some(at) = first_response_at {
            let moderator_id = m.people.moderator(&mut m.random);
            changes.push(IdeaStatusRow {
                idea_id: id,
                moderator_id: Some(moderator_id),
                moderator: People::username(moderator_id),
                old_status: IdeaStatus::New.key().to_owned(),
                new_status: status.key().to_owned(),
                note: m.words.sentence(&mut m.random, 8, 20),
                created_at: at,
            });
        }
        let visibility = if m.random.chance(5) {
            Visibility::Hidden
        } else {
            Visibility::Visible
        };
        let shown = approved && visibility == Visibility::Visible && merged_into_id.is_none();
        let vote_count = if approved {
            (m.random.unit().powi(3) * 32.0) as u64
        } else {
            0
        }
        .min(m.people.members);
        let first_voter = m.people.anyone(&mut m.random);
        report.votes += vote_count;
        for v in 0..vote_count as i64 {
            votes.push(IdeaVoteRow {
                idea_id: id,
                user_id: 1 + (first_voter + v) % m.people.members as i64,
                created_at: m.time.after(created_at, 60, &mut m.random),
            });
        }
        dates.push(shown.then_some(created_at));
        ideas.push(IdeaRow {
            slug: slugify(&title),
            author_id: m.people.anyone(&mut m.random),
            area_id: Some(1 + m.random.below(AREAS.len() as u64) as i64),
            title,
            body_md: body,
            body_html: html,
            status: status.key().to_owned(),
            approved,
            vote_count: vote_count as i32,
            created_at,
            first_response_at,
            merged_into_id,
            image_id: None,
            image_alt: String::new(),
            trending_score: 0.0,
            visibility: visibility.key().to_owned(),
        });
        flush_together(conn, (&mut ideas, &mut votes, &mut changes), false)?;
    }
    flush_together(conn, (&mut ideas, &mut votes, &mut changes), true)?;
    expect_last::<IdeaRow>(conn, count as i64)?;
    report.ideas = count;
    Ok(dates)
}

/// Writes `count` comments under the shown articles, answers and ideas (`subjects`, each
/// a list of dates by id); returns how many it wrote.
fn seed_comments(
    conn: &mut DbConnection,
    m: &mut Maker,
    count: u64,
    subjects: [&[Option<NaiveDateTime>]; 3],
) -> anyhow::Result<u64> {
    const KINDS: [&str; 3] = ["article", "answer", "idea"];
    let mut rows = Vec::new();
    let mut written = 0;
    let mut attempts = 0;
    while written < count && attempts < count * 4 {
        attempts += 1;
        let which = match m.random.below(10) {
            0..=3 => 0,
            4..=6 => 1,
            _ => 2,
        };
        let list = subjects[which];
        if list.is_empty() {
            continue;
        }
        let index = m.random.below(list.len() as u64) as usize;
        let Some(subject_at) = list[index] else {
            continue;
        };
        let body = m.words.paragraphs(&mut m.random, 1, 1);
        let (html, _) = render(&body, Trust::Member);
        rows.push(ReplyRow {
            subject_kind: KINDS[which].to_owned(),
            subject_id: index as i64 + 1,
            parent_id: None,
            author_id: m.people.anyone(&mut m.random),
            body_md: body,
            body_html: html,
            status: moderated(&mut m.random).key().to_owned(),
            created_at: m.time.after(subject_at, 60, &mut m.random),
            edited_at: None,
        });
        written += 1;
        flush(conn, &mut rows, false)?;
    }
    flush(conn, &mut rows, true)?;
    expect_last::<ReplyRow>(conn, written as i64)?;
    Ok(written)
}
