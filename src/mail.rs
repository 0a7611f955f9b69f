//! Outgoing e-mail. By default messages are only logged (without the address: logs never
//! hold personal data); with `PARLOUR_SMTP_HOST` set they go through that SMTP server with
//! lettre. The transport is plain SMTP to a relay the operator runs (typically the local
//! mail server on the same host or network), which takes care of onward delivery and TLS.
//! Sending happens after the database transaction has committed, off the request path.

use lettre::message::{Mailbox, header::ContentType};
use lettre::{Message, SmtpTransport, Transport};

/// One message to send.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub user_id: i64,
    pub to: String,
    pub subject: String,
    /// The page the message is about, as a path on this site.
    pub path: String,
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
        let base = public_url.to_owned();
        // Blocking network I/O: on the blocking pool, so no request waits for the relay.
        tokio::task::spawn_blocking(move || {
            for message in messages {
                mailer.send(message, &base);
            }
        });
    }

    fn send(&self, message: Outgoing, base: &str) {
        let body = format!(
            "{}\n\nRead it here:\n{base}{}\n\n\
             Choose which notifications you get by e-mail in your settings:\n{base}/account\n",
            message.subject, message.path
        );
        match self {
            Mailer::Log => {
                // Quoted and escaped: a title with a line break cannot forge a log line.
                tracing::info!(user = message.user_id, subject = ?message.subject, "e-mail (log only)");
            }
            Mailer::Smtp { transport, from } => {
                let to: Mailbox = match message.to.parse() {
                    Ok(to) => to,
                    Err(_) => {
                        tracing::warn!(user = message.user_id, "cannot e-mail: bad address");
                        return;
                    }
                };
                let email = Message::builder()
                    .from(from.clone())
                    .to(to)
                    .subject(message.subject)
                    .header(ContentType::TEXT_PLAIN)
                    .body(body);
                match email.map(|e| transport.send(&e)) {
                    Ok(Ok(_)) => tracing::info!(user = message.user_id, "e-mail sent"),
                    Ok(Err(error)) => {
                        tracing::warn!(user = message.user_id, %error, "e-mail failed")
                    }
                    Err(error) => {
                        tracing::warn!(user = message.user_id, %error, "e-mail not built")
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::{Arc, Mutex};

    use super::{Mailer, Outgoing};

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

    #[test]
    fn a_subject_with_a_line_break_stays_on_its_log_line() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let message = Outgoing {
            user_id: 7,
            to: "tom@example.com".to_owned(),
            subject: "New answer: Linen\n2026-12-02T00:00:00Z INFO admin signed in".to_owned(),
            path: "/ideas/1".to_owned(),
        };
        tracing::subscriber::with_default(subscriber, || {
            Mailer::Log.send(message, "http://127.0.0.1");
        });
        let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert_eq!(log.lines().count(), 1, "{log}");
        assert!(log.contains(r#"subject="New answer: Linen\n2026"#), "{log}");
    }
}
