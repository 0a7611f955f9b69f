//! Real Chromium through the real sign-up, sign-in and password-reset forms
//! (tests/browser/signup.mjs), and signing in with a provider (tests/browser/sign_in.mjs).

use std::path::Path;
use std::process::{Command, Output};

use crate::helpers::Backend;
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

/// Sign up, confirm by the mailed link, sign out and in, then "forgot password → mail →
/// new password → signed in", all in Chromium with mail from a real SMTP server.
async fn a_person_signs_up_confirms_signs_in_and_resets_the_password_with_chromium(
    backend: Backend,
) {
    let (app, mail) = crate::mailbox::app_with_mail(backend).await;
    let address = app.address.clone();
    let folder = mail.folder().display().to_string();
    tokio::task::spawn_blocking(move || run_browser_script("signup.mjs", &[&address, &folder]))
        .await
        .unwrap();
}

/// The shop's button, the provider's own pages, the welcome page and the provider's
/// sign-out, in Chromium against the real provider (tests/browser/sign_in.mjs).
async fn a_customer_signs_in_with_the_shop_account_in_chromium(backend: Backend) {
    let (app, provider) = crate::sign_in::app_with_provider(backend, true).await;
    let address = app.address.clone();
    let issuer = provider.issuer.clone();
    tokio::task::spawn_blocking(move || run_browser_script("sign_in.mjs", &[&address, &issuer]))
        .await
        .unwrap();
}

on_both_databases!(
    a_person_signs_up_confirms_signs_in_and_resets_the_password_with_chromium,
    a_customer_signs_in_with_the_shop_account_in_chromium,
);
