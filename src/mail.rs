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

use crate::auth::{signed, token};
pub use crate::messages::mail::Letter;
use crate::paths;

/// One message to send.
#[derive(Debug, Clone)]
pub struct Outgoing {
    /// The member it is for (for the log; never the address).
    pub user_id: i64,
    pub to: String,
    pub letter: Letter,
}

/// What both parts of a message show.
struct Parts<'a> {
    letter: &'a Letter,
    site: &'a str,
    base: &'a str,
    /// The signed link that stops this kind of mail (notifications only).
    stop: Option<&'a str>,
}

impl Parts<'_> {
    /// Where the member chooses which e-mails they get.
    fn choices_link(&self) -> String {
        format!("{}/account#mail-heading", self.base)
    }
}

#[derive(Template)]
#[template(path = "mail/letter.txt")]
struct TextPart<'a>(&'a Parts<'a>);

#[derive(Template)]
#[template(path = "mail/letter.html")]
struct HtmlPart<'a>(&'a Parts<'a>);

/// Where e-mail goes.
#[derive(Clone)]
enum Route {
    /// Only log that a message would have been sent.
    Log,
    /// Send through an SMTP relay.
    Smtp {
        transport: SmtpTransport,
        from: Mailbox,
    },
}

/// How mail leaves: the route and the key that signs its links.
struct Delivery {
    route: Route,
    /// Counts what was sent and what failed.
    metrics: std::sync::Arc<crate::metrics::Metrics>,
    /// Signs the "stop these e-mails" links (see [`crate::auth::signed`]).
    links_key: Vec<u8>,
}

/// Sends the site's mail: messages queue for one sending thread, so they leave in the
/// order they were made (a newer link never arrives before the one it replaces) and a
/// burst never opens more than one connection to the relay.
#[derive(Clone)]
pub struct Mailer {
    queue: std::sync::mpsc::Sender<(Outgoing, Site)>,
}

impl Mailer {
    /// The mailer for the settings: SMTP when a host is configured.
    pub fn from_settings(
        host: Option<&str>,
        port: u16,
        from: &str,
        links_key: Vec<u8>,
        metrics: std::sync::Arc<crate::metrics::Metrics>,
    ) -> anyhow::Result<Mailer> {
        let route = match host {
            None => Route::Log,
            Some(host) => Route::Smtp {
                transport: SmtpTransport::builder_dangerous(host).port(port).build(),
                from: from
                    .parse()
                    .map_err(|e| anyhow::anyhow!("PARLOUR_MAIL_FROM is not an address: {e}"))?,
            },
        };
        let delivery = Delivery {
            route,
            links_key,
            metrics,
        };
        let (queue, waiting) = std::sync::mpsc::channel::<(Outgoing, Site)>();
        std::thread::Builder::new()
            .name("mail".to_owned())
            .spawn(move || {
                // Ends when the last sender (the app) is gone.
                for (message, site) in waiting {
                    delivery.send(message, &site);
                }
            })?;
        Ok(Mailer { queue })
    }

    /// Sends `messages` in the background; failures are logged, never shown to the
    /// person whose action caused them.
    pub fn dispatch(&self, messages: Vec<Outgoing>, public_url: &str, site_name: Option<&str>) {
        if messages.is_empty() {
            return;
        }
        let site = Site {
            base: public_url.trim_end_matches('/').to_owned(),
            name: site_name.map(str::to_owned),
        };
        for message in messages {
            if self.queue.send((message, site.clone())).is_err() {
                tracing::error!("the mail thread has stopped; e-mail not sent");
                return;
            }
        }
    }
}

impl Delivery {
    fn send(&self, message: Outgoing, site: &Site) {
        match &self.route {
            Route::Log => {
                // Quoted and escaped: a title with a line break cannot forge a log line.
                tracing::info!(user = message.user_id, subject = ?message.letter.subject, "e-mail (log only)");
            }
            Route::Smtp { transport, from } => {
                let user = message.user_id;
                let sent = match build(&message, from, site, &self.links_key) {
                    Ok(email) => match transport.send(&email) {
                        Ok(_) => {
                            tracing::info!(user, "e-mail sent");
                            true
                        }
                        Err(error) => {
                            tracing::warn!(user, %error, "e-mail failed");
                            false
                        }
                    },
                    Err(error) => {
                        tracing::warn!(user, %error, "e-mail not built");
                        false
                    }
                };
                self.metrics.mail(sent);
            }
        }
    }
}

/// Where a message's links point and whose name it carries.
#[derive(Clone, Debug)]
pub struct Site {
    /// The public address, without a trailing slash.
    pub base: String,
    /// The brand's name, once an admin saved one (the sender address's name until then).
    pub name: Option<String>,
}

/// The whole message: headers, and the plain-text and HTML parts.
fn build(
    message: &Outgoing,
    from: &Mailbox,
    site: &Site,
    links_key: &[u8],
) -> anyhow::Result<Message> {
    let to: Mailbox = message.to.parse()?;
    let base = site.base.as_str();
    // Mail comes from the community by the brand's name, at the configured address.
    let name = site.name.clone().or_else(|| from.name.clone());
    let from = Mailbox::new(name, from.email.clone());
    let site = from.name.as_deref().unwrap_or("Parlour");
    let letter = &message.letter;
    let stop = letter.unsubscribe.as_deref().map(|kind| {
        let tag = signed::unsubscribe_tag(links_key, message.user_id, kind);
        format!("{base}{}", paths::unsubscribe(message.user_id, kind, &tag))
    });
    let parts = Parts {
        letter,
        site,
        base,
        stop: stop.as_deref(),
    };
    let text = TextPart(&parts).render()?;
    let html = HtmlPart(&parts).render()?;
    let host = base
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split(['/', ':']).next())
        .filter(|host| !host.is_empty())
        .unwrap_or("localhost");
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(letter.subject.clone())
        .message_id(Some(format!("<{}@{host}>", token::random_token())))
        .date_now();
    if let Some(stop) = &stop {
        // RFC 8058: a provider's "unsubscribe" button POSTs to the link, no page in between.
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{stop}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_owned(),
            ));
    }
    Ok(builder.multipart(MultiPart::alternative_plain_html(text, html))?)
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use askama::Template;

    use super::{Letter, Outgoing, build};

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
                unsubscribe: Some("answer".to_owned()),
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
            let delivery = super::Delivery {
                route: super::Route::Log,
                links_key: b"key".to_vec(),
                metrics: Default::default(),
            };
            delivery.send(message, &site("http://127.0.0.1"));
        });
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert_eq!(log.lines().count(), 1, "{log}");
        assert!(log.contains(r#"subject="New answer: Linen\n2026"#), "{log}");
    }

    fn site(base: &str) -> super::Site {
        super::Site {
            base: base.to_owned(),
            name: Some("Harlow & Co".to_owned()),
        }
    }

    #[test]
    fn a_message_has_both_parts_and_the_headers_mail_servers_expect() {
        let from = "Harlow & Co <community@harlow.example>".parse().unwrap();
        let built = build(
            &message("New answer"),
            &from,
            &site("https://community.harlow.example"),
            b"key",
        )
        .unwrap()
        .formatted();
        let raw = String::from_utf8_lossy(&built);
        assert!(raw.contains("multipart/alternative"), "{raw}");
        assert!(raw.contains("Content-Type: text/plain"), "{raw}");
        assert!(raw.contains("Content-Type: text/html"), "{raw}");
        assert!(raw.contains("\r\nDate: "), "{raw}");
        assert!(raw.contains("@community.harlow.example>\r\n"), "{raw}");
        let tag = crate::auth::signed::unsubscribe_tag(b"key", 7, "answer");
        assert!(raw.contains(&format!(
            "List-Unsubscribe: <https://community.harlow.example/unsubscribe/7/answer/{tag}>"
        )));
        assert!(raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        // The HTML part escapes what the letter says, and links to the site.
        let message = message("New answer");
        let html = super::HtmlPart(&super::Parts {
            letter: &message.letter,
            site: "Harlow & Co",
            base: "https://community.harlow.example",
            stop: None,
        })
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
