//! The `parlour` command line: serve, migrate, back up and restore, reindex, resize stored
//! images, create an admin, grant roles, seed the demo or a large community.
//! Each command opens the same data folder or database as a running server may use;
//! SQLite's WAL mode and busy timeout let them run side by side.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::accounts::{self, Actor, RoleChange};
use crate::auth::password;
use crate::config::{self, Settings};
use crate::db::models::users;
use crate::db::{self, DbConnection};
use crate::domain::{Email, NewPassword, Role, RoleSet, Username};
use crate::i18n::Lang;
use crate::{demo, startup};

#[derive(Parser)]
#[command(name = "parlour", version, about = "A self-hosted brand community")]
struct Cli {
    /// Folder for the SQLite database (ignored when DATABASE_URL is set).
    #[arg(long, env = "PARLOUR_DATA", global = true, default_value_os_t = config::default_data_dir())]
    data: PathBuf,
    /// postgres://… for PostgreSQL; empty for SQLite in the data folder.
    #[arg(
        long = "database-url",
        env = "DATABASE_URL",
        global = true,
        hide_env_values = true
    )]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server.
    Serve {
        /// Address to listen on.
        #[arg(long, env = "PARLOUR_BIND", default_value = Settings::DEFAULT_BIND)]
        bind: String,
        /// Fill an empty database with the demo community first.
        #[arg(long)]
        demo: bool,
        /// The demo community's language (with --demo): en or fr. In French, the site's
        /// default language and every demo account's are French too.
        #[arg(long, value_name = "en|fr", default_value = "en", value_parser = parse_lang, requires = "demo")]
        lang: Lang,
    },
    /// Run pending database migrations and exit.
    Migrate,
    /// Rebuild the search index from the posts (after an upgrade or a restore); safe while
    /// the server runs: posts are rewritten a batch at a time, each in a short transaction.
    Reindex,
    /// Make the smaller copies of stored images that lack them (images stored before an
    /// upgrade); safe while the server runs.
    Images,
    /// Copy the SQLite database (images included) to a new file, while the server runs.
    Backup {
        /// The new file.
        file: PathBuf,
    },
    /// Put a backup back in place of the SQLite database (stop the server first).
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Replace the existing database.
        #[arg(long)]
        replace: bool,
    },
    /// Manage admin accounts.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
    /// Grant or revoke a member's role (expert, staff, moderator, admin).
    Roles {
        #[command(subcommand)]
        action: RolesCommand,
    },
    /// Fill an empty database with the demo community and exit.
    Demo {
        /// The demo community's language: en or fr. In French, the site's default language
        /// and every demo account's are French too.
        #[arg(long, value_name = "en|fr", default_value = "en", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Fill an empty database with a large generated community (for benchmarks: 100,000
    /// members and 1,000,000 posts by default), then build its search index.
    Seed {
        #[arg(long, default_value_t = 100_000)]
        members: u64,
        #[arg(long, default_value_t = 1_000_000)]
        posts: u64,
        /// The same seed makes the same community.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// A language the demo speaks, from `--lang` (`en`, `fr`, or a tag such as `fr-FR`).
fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::parse(value).ok_or_else(|| format!("unknown language {value:?}: use en or fr"))
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an admin account; the password is read from standard input.
    Create {
        #[arg(long)]
        username: String,
        #[arg(long)]
        email: String,
    },
}

#[derive(Subcommand)]
enum RolesCommand {
    Grant { username: String, role: String },
    Revoke { username: String, role: String },
}

/// Runs the command line and returns the process's exit code.
pub fn run() -> ExitCode {
    init_tracing();
    let cli = Cli::parse();
    match execute(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("parlour: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to standard error, as text, or as one JSON object a line with
/// `PARLOUR_LOG_FORMAT=json` (for log collectors); either way each line logged while a
/// request is handled carries its `request_id` (see `middleware::log_requests`).
fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("PARLOUR_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if std::env::var("PARLOUR_LOG_FORMAT").is_ok_and(|f| f.trim() == "json") {
        builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .init();
    } else {
        builder.with_ansi(std::io::stderr().is_terminal()).init();
    }
}

fn settings(cli: &Cli) -> anyhow::Result<Settings> {
    let database = Settings::database_from(&cli.data, cli.database_url.as_deref())
        .map_err(anyhow::Error::msg)?;
    Settings::with_database(database)
        .apply_env()
        .map_err(anyhow::Error::msg)
}

fn open(settings: &Settings) -> anyhow::Result<diesel::r2d2::PooledConnection<db::Manager>> {
    let pool = db::connect(
        &settings.database,
        1,
        settings.sqlite_memory,
        Default::default(),
    )?;
    let mut conn = pool.get()?;
    db::migrate(&mut conn)?;
    Ok(conn)
}

fn execute(cli: Cli) -> anyhow::Result<()> {
    let mut settings = settings(&cli)?;
    match cli.command {
        Command::Serve { bind, demo, lang } => {
            if std::env::var_os("PARLOUR_PUBLIC_URL").is_none() {
                settings.public_url = format!("http://{bind}");
            }
            settings.bind = bind;
            let state = startup::prepare(settings)?;
            if demo {
                let details = state.db.blocking(|conn| demo::seed(conn, lang))?;
                match details {
                    Some(details) => println!("{details}"),
                    None => println!(
                        "The database already has accounts, so no demo content was added. \
                         Demo accounts (if this is the demo) use the password {}.",
                        demo::DEMO_PASSWORD
                    ),
                }
            }
            actix_web::rt::System::new().block_on(startup::serve(state))
        }
        Command::Migrate => {
            open(&settings)?;
            println!(
                "Migrations are up to date ({}).",
                settings.database.describe()
            );
            Ok(())
        }
        Command::Backup { file } => {
            let mut conn = open(&settings)?;
            let started = std::time::Instant::now();
            let size = crate::backup::backup(&mut conn, &file)?;
            println!(
                "Backed up to {} ({:.1} MB) in {:.1} s.",
                file.display(),
                size as f64 / 1_000_000.0,
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Restore { file, replace } => {
            let target = crate::backup::restore(&settings.database, &file, replace)?;
            open(&settings)?;
            println!(
                "Restored {} to {}; migrations are up to date.",
                file.display(),
                target.display()
            );
            Ok(())
        }
        Command::Reindex => {
            let mut conn = open(&settings)?;
            let started = std::time::Instant::now();
            let count = crate::search::rebuild(&mut conn)?;
            let noun = if count == 1 { "document" } else { "documents" };
            println!(
                "Search index rebuilt: {count} {noun} in {:.1} s.",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Images => {
            let mut conn = open(&settings)?;
            let started = std::time::Instant::now();
            let done = crate::images::make_missing_sizes(&mut conn)?;
            let noun = if done.images == 1 { "image" } else { "images" };
            println!(
                "Smaller copies made for {} {noun} in {:.1} s.",
                done.images,
                started.elapsed().as_secs_f64()
            );
            if done.unreadable > 0 {
                println!(
                    "{} stored images could not be read and were left as they are.",
                    done.unreadable
                );
            }
            Ok(())
        }
        Command::Demo { lang } => {
            let mut conn = open(&settings)?;
            match demo::seed(&mut conn, lang)? {
                Some(details) => println!("{details}"),
                None => println!("The database already has accounts; nothing was added."),
            }
            Ok(())
        }
        Command::Seed {
            members,
            posts,
            seed,
        } => seed_large(
            &settings,
            crate::seed::Size {
                members,
                posts,
                seed,
            },
        ),
        Command::Admin {
            action: AdminCommand::Create { username, email },
        } => create_admin(&settings, &username, &email),
        Command::Roles { action } => {
            let (username, role, grant) = match action {
                RolesCommand::Grant { username, role } => (username, role, true),
                RolesCommand::Revoke { username, role } => (username, role, false),
            };
            change_role(&settings, &username, &role, grant)
        }
    }
}

fn seed_large(settings: &Settings, size: crate::seed::Size) -> anyhow::Result<()> {
    let mut conn = open(settings)?;
    let started = std::time::Instant::now();
    let mut progress =
        |step: &str| eprintln!("{:>6.1} s  writing {step}", started.elapsed().as_secs_f64());
    let Some(report) = crate::seed::seed(&mut conn, size, &mut progress)? else {
        anyhow::bail!("the database already has members: seed an empty one");
    };
    let written = started.elapsed();
    progress("the search index");
    let documents = crate::search::rebuild(&mut conn)?;
    let indexed = started.elapsed() - written;
    println!(
        "Seeded {} members and {} posts ({} articles, {} questions, {} answers, {} ideas, \
         {} comments) with {} votes in {:.1} s; search index of {documents} documents built \
         in {:.1} s. Every account's password is {}.",
        report.members,
        report.posts(),
        report.articles,
        report.questions,
        report.answers,
        report.ideas,
        report.comments,
        report.votes,
        written.as_secs_f64(),
        indexed.as_secs_f64(),
        crate::seed::PASSWORD,
    );
    Ok(())
}

fn create_admin(settings: &Settings, username: &str, email: &str) -> anyhow::Result<()> {
    let username =
        Username::parse(username).map_err(|k| anyhow::anyhow!(k.say(crate::i18n::Lang::EnGb)))?;
    let email = Email::parse(email).map_err(|k| anyhow::anyhow!(k.say(crate::i18n::Lang::EnGb)))?;
    let typed = read_password()?;
    let password = NewPassword::parse(&typed, &[username.as_str(), email.as_str()])
        .map_err(|k| anyhow::anyhow!(k.say(crate::i18n::Lang::EnGb)))?;
    let hash = password::hash(password.expose())?;
    let mut conn = open(settings)?;
    accounts::create(
        &mut conn,
        &username,
        &email,
        &hash,
        RoleSet::from(Role::Admin),
    )
    .map_err(|e| anyhow::anyhow!("cannot create the account: {e}"))?;
    println!("Admin account {} created.", username.as_str());
    Ok(())
}

/// Reads one line from standard input: the password is never a command-line argument,
/// where other users of the machine could see it in the process list.
fn read_password() -> anyhow::Result<String> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Password for the new admin (at least 10 characters): ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

fn change_role(settings: &Settings, username: &str, role: &str, grant: bool) -> anyhow::Result<()> {
    let role = Role::parse(role).ok_or_else(|| {
        anyhow::anyhow!("unknown role {role:?}: use expert, staff, moderator or admin")
    })?;
    let mut conn = open(settings)?;
    let user = users::find_by_username(&mut conn, username)?
        .ok_or_else(|| anyhow::anyhow!("no member is called {username:?}"))?;
    let conn: &mut DbConnection = &mut conn;
    let change = accounts::change_role(conn, Actor::COMMAND_LINE, user.id, role, grant, "")
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let verb = if grant { "has" } else { "no longer has" };
    match change {
        RoleChange::Changed => println!("{} now {verb} the {role} role.", user.username),
        RoleChange::AlreadySo => println!(
            "Nothing to do: {} already {verb} the {role} role.",
            user.username
        ),
    }
    Ok(())
}
