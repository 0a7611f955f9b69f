//! E-mail through a real SMTP exchange, for the kinds of notification a member chose.

use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use super::{answer, ask, id_in};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

/// A minimal SMTP server that records what it receives.
async fn smtp_sink() -> (u16, Arc<Mutex<Vec<String>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let received = Arc::new(Mutex::new(Vec::new()));
    let store = received.clone();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 sink ESMTP\r\n").await.unwrap();
                let mut message = String::new();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            store.lock().unwrap().push(std::mem::take(&mut message));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let upper = line.to_uppercase();
                    let reply: &[u8] = if upper.starts_with("DATA") {
                        in_data = true;
                        b"354 go ahead\r\n"
                    } else if upper.starts_with("QUIT") {
                        write.write_all(b"221 bye\r\n").await.unwrap();
                        break;
                    } else if upper.starts_with("RCPT") {
                        message.push_str(&format!("{line}\n"));
                        b"250 ok\r\n"
                    } else {
                        b"250 ok\r\n"
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, received)
}

async fn e_mail_goes_out_by_smtp_for_the_kinds_a_member_chose(backend: Backend) {
    let (port, received) = smtp_sink().await;
    let app = TestApp::spawn_with(backend, |s| {
        s.smtp_host = Some("127.0.0.1".to_owned());
        s.smtp_port = port;
    })
    .await;
    let (_, slug) = app.create_area("Care").await;
    let tom = app.signed_in_as("tom", &[]).await;
    let sam = app.signed_in_as("sam_k", &[]).await;
    let path = ask(&tom, "Should I dry clean a wax jacket?", &slug).await;
    let id = id_in(&path);
    sam.submit(
        &path,
        &format!("/experts/questions/{id}/follow"),
        &[("follow", "yes")],
    )
    .await;

    let oliver = app.signed_in_as("oliver-j", &[]).await;
    answer(&oliver, &path, "Never: re-wax it.").await;
    let wait = || tokio::time::sleep(std::time::Duration::from_millis(700));
    wait().await;
    {
        let mail = received.lock().unwrap();
        assert_eq!(
            mail.len(),
            1,
            "only the asker gets e-mail by default: {mail:?}"
        );
        assert!(mail[0].contains("tom@example.com"));
        assert!(mail[0].contains("Should I dry clean a wax jacket?"));
        assert!(
            mail[0].contains(&format!("{}{path}", app.address)),
            "links are absolute"
        );
    }

    // The follower opts in to e-mail for followed questions.
    let settings = sam.get("/account").await;
    assert!(
        settings
            .body
            .contains("name=\"email-answer\" value=\"yes\" checked")
    );
    assert!(
        !settings
            .body
            .contains("name=\"email-followed\" value=\"yes\" checked")
    );
    sam.submit(
        "/account",
        "/account/notifications",
        &[("email-followed", "yes")],
    )
    .await;
    assert!(
        sam.get("/account")
            .await
            .body
            .contains("name=\"email-followed\" value=\"yes\" checked")
    );
    answer(&oliver, &path, "And store it cool.").await;
    wait().await;
    let mail = received.lock().unwrap();
    assert_eq!(mail.len(), 3, "the asker and now the follower: {mail:?}");
    assert!(mail.iter().any(|m| m.contains("sam_k@example.com")));
}

on_both_databases!(e_mail_goes_out_by_smtp_for_the_kinds_a_member_chose);
