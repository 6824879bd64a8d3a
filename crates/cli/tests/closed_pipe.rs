//! A report whose reader goes away (`demarche eval news … | head`) ends
//! quietly and successfully instead of panicking on the closed pipe.

use std::path::Path;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_demarche");

#[test]
fn eval_news_ends_quietly_when_stdout_is_closed() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/news");
    let mut child = Command::new(BIN).args(["eval", "news"]).arg(&fixtures).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("runs");
    // Close the read end before the report's first line (loading the
    // knowledge and the model takes far longer than this).
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panicked on a closed pipe:\n{stderr}");
    assert!(out.status.success(), "exit status {:?}:\n{stderr}", out.status);
}
