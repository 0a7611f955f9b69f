//! Real Chromium through the real sign-up and sign-in forms (tests/browser/signup.mjs).

use std::path::Path;
use std::process::{Command, Output};

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;

/// Runs a browser script from tests/browser and returns how it ended.
pub fn browser_script(script: &str, args: &[&str]) -> Output {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    assert!(
        folder.join("node_modules/playwright-core").exists(),
        "tests/browser/node_modules is missing: run tests/run (or npm ci --prefix tests/browser)"
    );
    Command::new("node")
        .arg(folder.join(script))
        .args(args)
        .current_dir(&folder)
        .output()
        .expect("node runs (install Node.js, or run tests/run)")
}

/// Runs a browser script from tests/browser and fails with its output if it fails.
pub fn run_browser_script(script: &str, args: &[&str]) -> String {
    let output = browser_script(script, args);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{script} failed:\n{stdout}\n{stderr}"
    );
    stdout.into_owned()
}

async fn a_person_signs_up_signs_out_and_signs_in_with_chromium(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let address = app.address.clone();
    tokio::task::spawn_blocking(move || run_browser_script("signup.mjs", &[&address]))
        .await
        .unwrap();
}

on_both_databases!(a_person_signs_up_signs_out_and_signs_in_with_chromium);
