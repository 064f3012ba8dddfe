//! Helpers shared by the integration tests (`mod common;`): running a child process with a
//! time limit, a small parallel map, and text helpers for reports (std only).
//!
//! Not every test binary uses every helper, so the ones some binary leaves unused carry
//! `#[allow(dead_code)]`.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------
// Running a child process with a time limit.

/// What a child run by [`run_with_timeout`] did.
#[allow(dead_code)]
pub struct Outcome {
    /// `None` when the child was killed because it ran out of time.
    pub status: Option<ExitStatus>,
    /// Empty unless the caller piped stdout.
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

#[allow(dead_code)]
fn spawn_reader(mut pipe: impl Read + Send + 'static) -> Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });
    rx
}

#[cfg(unix)]
#[allow(dead_code)]
fn kill_process_group(child: &Child) {
    unsafe extern "C" {
        fn kill(pid: i32, sig: i32) -> i32;
    }
    const SIGKILL: i32 = 9;
    if let Ok(pid) = i32::try_from(child.id()) {
        // The child leads its own process group (see `run_with_timeout`): kill all of it.
        unsafe {
            kill(-pid, SIGKILL);
        }
    }
}

#[cfg(not(unix))]
#[allow(dead_code)]
fn kill_process_group(_child: &Child) {}

/// Runs `cmd` in its own process group with stdin null and stderr captured; kills it (and
/// its process group) after `limit`. Stdout is left as the caller set it: it is captured
/// when the caller set `Stdio::piped()` (discard it with `Stdio::null()`).
#[allow(dead_code)]
pub fn run_with_timeout(mut cmd: Command, limit: Duration) -> std::io::Result<Outcome> {
    cmd.stdin(Stdio::null()).stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd.spawn()?;
    let stdout_rx = child.stdout.take().map(spawn_reader);
    let stderr_rx = spawn_reader(child.stderr.take().expect("piped stderr"));
    let start = Instant::now();
    let mut poll = Duration::from_millis(1);
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if start.elapsed() >= limit {
            // Kill the group before reaping the leader, so the group id cannot be reused.
            kill_process_group(&child);
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(poll);
        poll = (poll * 2).min(Duration::from_millis(50));
    };
    // A descendant that outlives the child may still hold the pipes open: give it a moment,
    // then kill the group (still alive, so its id is still ours) and collect what there is.
    let grace = Duration::from_secs(5);
    let collect = |rx: &Receiver<Vec<u8>>| match rx.recv_timeout(grace) {
        Ok(buf) => buf,
        Err(_) => {
            kill_process_group(&child);
            rx.recv_timeout(grace).unwrap_or_default()
        }
    };
    let stdout = stdout_rx.as_ref().map(collect).unwrap_or_default();
    let stderr = collect(&stderr_rx);
    Ok(Outcome { status, stdout, stderr })
}

/// Describes how a child ended: `exit code N` or `killed by signal N`.
#[allow(dead_code)]
pub fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit code {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    format!("{status}")
}

// ---------------------------------------------------------------------------------------
// Parallelism.

/// Runs `f` over `items` on `available_parallelism()` threads; results keep the item order.
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = thread::available_parallelism().map_or(1, |n| n.get()).min(items.len()).max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= items.len() {
                        break;
                    }
                    let r = f(&items[i]);
                    results.lock().unwrap()[i] = Some(r);
                }
            });
        }
    });
    results.into_inner().unwrap().into_iter().map(|r| r.expect("every item was processed")).collect()
}

// ---------------------------------------------------------------------------------------
// Text.

/// `s` cut to at most `max` characters, with `...` appended when it was cut.
#[allow(dead_code)]
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push_str("...");
        out
    }
}

/// The last line of `text` that is not blank (untrimmed), if any.
#[allow(dead_code)]
pub fn last_nonempty_line(text: &str) -> Option<&str> {
    text.lines().rev().find(|l| !l.trim().is_empty())
}
