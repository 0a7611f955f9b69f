//! Outgoing e-mail. By default messages are only logged (the subject, never the address:
//! logs hold no personal data); with `PARLOUR_SMTP_HOST` set they go through that SMTP
//! server with lettre. The transport is plain SMTP to a relay the operator runs (typically
//! the local mail server on the same host or network), which takes care of onward
//! delivery and TLS. Sending happens after the database transaction has committed, off the
//! request path.
//!
//! Every message is a [`Letter`]: a subject, paragraphs, at most one button, and a footer
//! saying why the recipient gets it. `templates/mail/letter.txt` and `letter.html` lay it
//! out as the plain-text and HTML parts of one `multipart/alternative` message, so each
//! kind of mail is a few sentences in [`crate::messages::mail`] and nothing else. Messages
//! carry `Date`, a `Message-ID` on the site's own host, the site's name in `From`, and
//! for notifications a `List-Unsubscribe` link to the member's mail choices.

use askama::Template;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{Message, SmtpTransport, Transport};

use crate::auth::token;
pub use crate::messages::mail::Letter;

/// One message to send.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The member it is for (for the log; never the address).
    pub user_id: i64,
    pub to: String,
    pub letter: Letter,
}

#[derive(Template)]
#[template(path = "mail/letter.txt")]
struct TextPart<'a> {
    letter: &'a Letter,
    site: &'a str,
    base: &'a str,
}

#[derive(Template)]
#[template(path = "mail/letter.html")]
struct HtmlPart<'a> {
    letter: &'a Letter,
    site: &'a str,
    base: &'a str,
}

/// Where e-mail goes.
#[derive(Clone)]
pub enum Mailer {
    /// Only log that a message would have been sent.
    Log,
    /// Send through an SMTP relay.
    Smtp {
        transport: SmtpTransport,
        from: Mailbox,
    },
}

impl Mailer {
    /// The mailer for the settings: SMTP when a host is configured.
    pub fn from_settings(host: Option<&str>, port: u16, from: &str) -> anyhow::Result<Mailer> {
        match host {
            None => Ok(Mailer::Log),
            Some(host) => Ok(Mailer::Smtp {
                transport: SmtpTransport::builder_dangerous(host).port(port).build(),
                from: from
                    .parse()
                    .map_err(|e| anyhow::anyhow!("PARLOUR_MAIL_FROM is not an address: {e}"))?,
            }),
        }
    }

    /// Sends `messages` in the background; failures are logged, never shown to the
    /// person whose action caused them.
    pub fn dispatch(&self, messages: Vec<Outgoing>, public_url: &str) {
        if messages.is_empty() {
            return;
        }
        let mailer = self.clone();
        let base = public_url.trim_end_matches('/').to_owned();
        // Blocking network I/O: on the blocking pool, so no request waits for the relay.
        tokio::task::spawn_blocking(move || {
            for message in messages {
                mailer.send(message, &base);
            }
        });
    }

    fn send(&self, message: Outgoing, base: &str) {
        match self {
            Mailer::Log => {
                // Quoted and escaped: a title with a line break cannot forge a log line.
                tracing::info!(user = message.user_id, subject = ?message.letter.subject, "e-mail (log only)");
            }
            Mailer::Smtp { transport, from } => {
                let user = message.user_id;
                match build(&message, from, base) {
                    Ok(email) => match transport.send(&email) {
                        Ok(_) => tracing::info!(user, "e-mail sent"),
                        Err(error) => tracing::warn!(user, %error, "e-mail failed"),
                    },
                    Err(error) => tracing::warn!(user, %error, "e-mail not built"),
                }
            }
        }
    }
}

/// The whole message: headers, and the plain-text and HTML parts.
fn build(message: &Outgoing, from: &Mailbox, base: &str) -> anyhow::Result<Message> {
    let to: Mailbox = message.to.parse()?;
    let site = from.name.as_deref().unwrap_or("Parlour");
    let letter = &message.letter;
    let text = TextPart { letter, site, base }.render()?;
    let html = HtmlPart { letter, site, base }.render()?;
    let host = base
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .filter(|host| !host.is_empty())
        .unwrap_or("localhost");
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(letter.subject.clone())
        .message_id(Some(format!("<{}@{host}>", token::random_token())))
        .date_now();
    if let Some(path) = &letter.unsubscribe {
        builder = builder.raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("List-Unsubscribe"),
            format!("<{base}{path}>"),
        ));
    }
    Ok(builder.multipart(MultiPart::alternative_plain_html(text, html))?)
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use askama::Template;

    use super::{Letter, Mailer, Outgoing, build};

    /// A log writer that keeps what it is given.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn message(subject: &str) -> Outgoing {
        Outgoing {
            user_id: 7,
            to: "tom@example.com".to_owned(),
            letter: Letter {
                subject: subject.to_owned(),
                paragraphs: vec!["Tom & <Jerry> answered.".to_owned()],
                action: Some(("Read it".to_owned(), "/experts/q/1".to_owned())),
                unsubscribe: Some("/account#mail".to_owned()),
                ..Letter::default()
            },
        }
    }

    #[test]
    fn a_subject_with_a_line_break_stays_on_its_log_line() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let message = message("New answer: Linen\n2026-12-02T00:00:00Z INFO admin signed in");
        tracing::subscriber::with_default(subscriber, || {
            Mailer::Log.send(message, "http://127.0.0.1");
        });
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert_eq!(log.lines().count(), 1, "{log}");
        assert!(log.contains(r#"subject="New answer: Linen\n2026"#), "{log}");
    }

    #[test]
    fn a_message_has_both_parts_and_the_headers_mail_servers_expect() {
        let from = "Harlow & Co <community@harlow.example>".parse().unwrap();
        let built = build(
            &message("New answer"),
            &from,
            "https://community.harlow.example",
        )
        .unwrap()
        .formatted();
        let raw = String::from_utf8_lossy(&built);
        assert!(raw.contains("multipart/alternative"), "{raw}");
        assert!(raw.contains("Content-Type: text/plain"), "{raw}");
        assert!(raw.contains("Content-Type: text/html"), "{raw}");
        assert!(raw.contains("\r\nDate: "), "{raw}");
        assert!(raw.contains("@community.harlow.example>\r\n"), "{raw}");
        assert!(raw.contains("List-Unsubscribe: <https://community.harlow.example/account#mail>"));
        // The HTML part escapes what the letter says, and links to the site.
        let message = message("New answer");
        let html = super::HtmlPart {
            letter: &message.letter,
            site: "Harlow & Co",
            base: "https://community.harlow.example",
        }
        .render()
        .unwrap();
        assert!(
            html.contains("Tom &#38; &#60;Jerry&#62; answered.")
                || html.contains("Tom &amp; &lt;Jerry&gt; answered."),
            "{html}"
        );
        assert!(
            html.contains("href=\"https://community.harlow.example/experts/q/1\""),
            "{html}"
        );
    }
}
