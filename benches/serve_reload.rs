//! Save-to-reload latency of `candor serve`: `cargo bench --bench serve_reload`.
//!
//! Starts the real binary (built with the bench profile, i.e. optimized) on a copy of the
//! example site, then on a synthetic one of 100 languages x 1000 sub-processors (before and
//! after its first publication is recorded), connects to its live-reload socket as a page
//! would, then N times saves a changed locale file (on the large site with a publication
//! recorded, also a changed fact) and measures the time until the `reload` message arrives:
//! watcher debounce, the whole in-memory rebuild and the socket, everything a translator waits
//! for. After each reload it asks for the German review page, as a reviewer's open page does
//! on reload, and measures that too: the review view makes a language's page when it is asked
//! for. `SERVE_RELOAD_N` sets N (default 30).

// The integration tests' helpers; a benchmark uses only some of them.
#[path = "../tests/it/common.rs"]
#[allow(dead_code)]
mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use serde_json::Value;
use tungstenite::client::IntoClientRequest;

/// A running `candor serve`, killed on drop.
struct Server {
    child: Child,
    log: Arc<Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn main() {
    let n: usize = std::env::var("SERVE_RELOAD_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    measure("example", &common::Site::example(), Edit::Translation, n);
    // The large site re-renders 300 MB per save; fewer saves say as much.
    let big = common::Site::synthetic(100, 1000);
    measure(
        "100 languages x 1000 sub-processors, nothing recorded yet",
        &big,
        Edit::Translation,
        n.div_ceil(3),
    );
    // As a site in use: with a publication recorded, the review view compares a language's
    // page with it.
    big.build(&[]).success();
    measure(
        "100 languages x 1000 sub-processors, a publication recorded",
        &big,
        Edit::Translation,
        n.div_ceil(3),
    );
    measure(
        "100 languages x 1000 sub-processors, a publication recorded",
        &big,
        Edit::Fact,
        n.div_ceil(3),
    );
}

/// What each save changes.
#[derive(Debug, Clone, Copy)]
enum Edit {
    /// A German message: only the German page changes.
    Translation,
    /// The organisation's name: every page changes.
    Fact,
}

impl Edit {
    fn file(self) -> &'static str {
        match self {
            Edit::Translation => "locales/de/chrome.ftl",
            Edit::Fact => "content/organisation.toml",
        }
    }

    /// The file's text with its line changed the `i`th way.
    fn apply(self, text: &str, i: usize) -> String {
        let prefix = match self {
            Edit::Translation => "yes = ",
            Edit::Fact => "name = \"",
        };
        let line = text
            .lines()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("{} has a line `{prefix}`", self.file()));
        let changed = match self {
            Edit::Translation => format!("{line} ({i})"),
            // Inside the quotes.
            Edit::Fact => format!("{} {i}\"", line.trim_end_matches('"')),
        };
        text.replacen(line, &changed, 1)
    }
}

/// Starts `candor serve` on `site` and measures `n` saves of the file `edit` changes.
fn measure(name: &str, site: &common::Site, edit: Edit, n: usize) {
    let file = edit.file();
    let original = site.read(file);
    let mut child = Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["serve", &site.arg(), "--port", "0"])
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start candor serve");
    let log = Arc::new(Mutex::new(String::new()));
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().expect("stdout");
    let stderr = child.stderr.take().expect("stderr");
    let server = Server { child, log };
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        if let Some(Ok(line)) = lines.next() {
            let _ = tx.send(line);
        }
        lines.for_each(drop);
    });
    let stderr_log = server.log.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let mut log = stderr_log.lock().unwrap_or_else(|p| p.into_inner());
            log.push_str(&line);
            log.push('\n');
        }
    });
    let line = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the `serving … at …` line");
    let port: u16 = line
        .rsplit_once("http://127.0.0.1:")
        .and_then(|(_, rest)| rest.strip_suffix('/'))
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in `{line}`"));

    let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("set a timeout");
    // As a page of the preview connects: serve refuses a socket from any other origin.
    let mut request = format!("ws://127.0.0.1:{port}/__candor/ws")
        .into_client_request()
        .expect("a WebSocket request");
    request.headers_mut().insert(
        "origin",
        format!("http://127.0.0.1:{port}")
            .parse()
            .expect("a header value"),
    );
    let (mut socket, _) = tungstenite::client(request, stream).expect("WebSocket handshake");
    let mut next = || loop {
        match socket.read().expect("a live-reload message") {
            tungstenite::Message::Text(text) => {
                break serde_json::from_str::<Value>(text.as_str()).expect("JSON");
            }
            _ => continue,
        }
    };
    assert_eq!(next()["type"], "hello");

    let warm_up = 3;
    let mut samples = Vec::with_capacity(n);
    let mut reviews = Vec::with_capacity(n);
    for i in 0..warm_up + n {
        let changed = edit.apply(&original, i);
        let start = Instant::now();
        std::fs::write(site.path(file), changed).expect("save the locale file");
        let message = next();
        let took = start.elapsed();
        assert_eq!(
            message["type"],
            "reload",
            "{message}\n{}",
            server.log.lock().unwrap_or_else(|p| p.into_inner())
        );
        let asked = Instant::now();
        let review = get(port, "/__candor/review/de/");
        let review_took = asked.elapsed();
        assert!(
            review.starts_with("HTTP/1.1 200") && review.contains("review-summary"),
            "{}",
            review.lines().next().unwrap_or_default()
        );
        if i >= warm_up {
            samples.push(took);
            reviews.push(review_took);
        }
        // Let the save's trailing events (and the rebuild's own reads) pass.
        std::thread::sleep(Duration::from_millis(150));
    }

    let builds: Vec<u64> = server
        .log
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .lines()
        .filter_map(|l| l.strip_prefix("rebuilt in "))
        .filter_map(|l| l.split(' ').next()?.parse().ok())
        .collect();
    println!(
        "serve_reload ({name}): save-to-reload over {n} saves of {file}: {}",
        summary(samples)
    );
    println!(
        "serve_reload ({name}): then the German review page asked for: {}",
        summary(reviews)
    );
    if !builds.is_empty() {
        let mut builds = builds;
        builds.sort_unstable();
        println!(
            "serve_reload ({name}): of which the rebuild itself (serve's \"rebuilt in\"): median {} ms",
            builds[builds.len() / 2]
        );
    }
}

/// Min, median, p95 and max of `samples`.
fn summary(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let pick =
        |q: f64| samples[((samples.len() as f64 * q).ceil() as usize).clamp(1, samples.len()) - 1];
    format!(
        "min {:.1} ms, median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        ms(samples[0]),
        ms(pick(0.5)),
        ms(pick(0.95)),
        ms(samples[samples.len() - 1]),
    )
}

/// The whole response to a GET of `path`, status line first.
fn get(port: u16, path: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("set a timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .expect("send the request");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("the response");
    String::from_utf8_lossy(&response).into_owned()
}
