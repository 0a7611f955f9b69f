//! The webhook receiver the tests send to: `tests/webhooks/receiver.py`, on a free loopback
//! port, verifying each signature with Python's own HMAC and logging what it received.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use serde_json::Value;

/// The Python receiver, on a free loopback port.
pub struct Receiver {
    child: Child,
    log: PathBuf,
    port: u16,
}

/// One request the receiver saw.
#[derive(Debug, serde::Deserialize)]
pub struct Received {
    pub path: String,
    pub id: String,
    pub signature_good: bool,
    pub body: String,
}

impl Received {
    pub fn payload(&self) -> Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

impl Receiver {
    pub fn start() -> Self {
        let log = std::env::temp_dir().join(format!(
            "parlour_hooks_{}.jsonl",
            &parlour::auth::token::random_token()[..16]
        ));
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/webhooks/receiver.py");
        let mut child =
            Command::new(std::env::var("PARLOUR_TEST_PYTHON").unwrap_or("python3".into()))
                .arg(script)
                .arg(&log)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .expect("python3 for the webhook receiver");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line.trim().parse().expect("the receiver's port");
        Self { child, log, port }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub async fn trust(&self, secret: &str) {
        reqwest::Client::new()
            .put(self.url("/_secret"))
            .body(secret.to_owned())
            .send()
            .await
            .unwrap();
    }

    pub fn received(&self) -> Vec<Received> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}
