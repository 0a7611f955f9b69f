//! A real SMTP server for the tests: `tests/mail/smtp_server.py` (Python's aiosmtpd) on a
//! free loopback port, keeping what it receives in a folder. The app is pointed at it like
//! at any relay, and a test reads the mail the way a member would: subject, parts, links.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::{Backend, TestApp};

/// One message as the server received it.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Mail {
    pub envelope_to: Vec<String>,
    pub from: String,
    pub subject: String,
    pub date: String,
    pub message_id: String,
    pub list_unsubscribe: String,
    pub list_unsubscribe_post: String,
    pub content_type: String,
    pub text: String,
    pub html: String,
}

impl Mail {
    /// The first address in the plain-text part on the app's site whose path starts with
    /// `prefix`, as a path.
    pub fn link(&self, base: &str, prefix: &str) -> String {
        let start = format!("{base}{prefix}");
        let at = self
            .text
            .find(&start)
            .unwrap_or_else(|| panic!("no link to {prefix} in:\n{}", self.text));
        let url = self.text[at..].split_whitespace().next().unwrap();
        url[base.len()..].to_owned()
    }
}

pub struct MailServer {
    child: Child,
    folder: PathBuf,
    pub port: u16,
}

impl MailServer {
    pub fn start() -> Self {
        let folder = std::env::temp_dir().join(format!(
            "parlour_mail_{}",
            &parlour::auth::token::random_token()[..16]
        ));
        // `tests/run` installs aiosmtpd here when the system Python lacks it.
        let cached = std::env::var("HOME")
            .map(|home| format!("{home}/.cache/parlour-python"))
            .unwrap_or_default();
        let python_path = match std::env::var("PYTHONPATH") {
            Ok(existing) if !existing.is_empty() => format!("{cached}:{existing}"),
            _ => cached,
        };
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/mail/smtp_server.py");
        let mut child =
            Command::new(std::env::var("PARLOUR_TEST_PYTHON").unwrap_or("python3".into()))
                .arg(script)
                .arg(&folder)
                .env("PYTHONPATH", python_path)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .expect("python3 for the test SMTP server (tests/run installs aiosmtpd)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the SMTP server's port");
        let port = line.trim().parse().unwrap_or_else(|_| {
            panic!("the SMTP server did not start (is aiosmtpd installed?): {line:?}")
        });
        Self {
            child,
            folder,
            port,
        }
    }

    /// The folder where the server keeps what it receives.
    pub fn folder(&self) -> &std::path::Path {
        &self.folder
    }

    /// Every message received so far, in order.
    pub fn received(&self) -> Vec<Mail> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// Waits (up to ten seconds) for the `nth` message (counting from 1) to `to`.
    pub async fn nth_to(&self, to: &str, nth: usize) -> Mail {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let mail: Vec<Mail> = self.to(to);
            if mail.len() >= nth {
                return mail[nth - 1].clone();
            }
            assert!(
                Instant::now() < deadline,
                "no message {nth} to {to}; received: {:#?}",
                self.received()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits for the first message to `to`.
    pub async fn first_to(&self, to: &str) -> Mail {
        self.nth_to(to, 1).await
    }

    /// The messages received so far for `to`.
    pub fn to(&self, to: &str) -> Vec<Mail> {
        self.received()
            .into_iter()
            .filter(|m| m.envelope_to.iter().any(|t| t.eq_ignore_ascii_case(to)))
            .collect()
    }

    /// Waits a moment for stragglers, then says how many messages `to` got.
    pub async fn settled_count(&self, to: &str) -> usize {
        tokio::time::sleep(Duration::from_millis(400)).await;
        self.to(to).len()
    }
}

impl Drop for MailServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.folder);
    }
}

/// The app sending its mail to a fresh SMTP server on loopback.
pub async fn app_with_mail(backend: Backend) -> (TestApp, MailServer) {
    app_with_mail_and(backend, |_| {}).await
}

/// [`app_with_mail`] with other settings changed by `adjust`.
pub async fn app_with_mail_and(
    backend: Backend,
    adjust: impl FnOnce(&mut parlour::config::Settings),
) -> (TestApp, MailServer) {
    let server = MailServer::start();
    let port = server.port;
    let app = TestApp::spawn_with(backend, move |settings| {
        settings.smtp_host = Some("127.0.0.1".to_owned());
        settings.smtp_port = port;
        settings.mail_from = "Harlow & Co Community <community@harlow.example>".to_owned();
        adjust(settings);
    })
    .await;
    (app, server)
}
