//! `candor serve`: the real binary on a copy of the example site, spoken to over HTTP, over its
//! live-reload socket, and through a headless Chromium that must reload by itself.
//!
//! Every server and browser runs under a guard that kills it when the test ends, passing or
//! failing.

use crate::common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Site, assert_same_tree, tree};
use serde_json::{Value, json};

/// How long a change may take to show: generous, for a loaded CI machine.
const CHANGE_TIMEOUT: Duration = Duration::from_secs(5);

/// A running `candor serve`, killed on drop.
struct Server {
    child: Child,
    port: u16,
    log: Arc<Mutex<String>>,
}

impl Server {
    fn start(site: &Site) -> Server {
        Server::start_with(site, &[])
    }

    /// `candor serve SITE --port 0 [extra]`; waits for the `serving … at …` line.
    fn start_with(site: &Site, extra: &[&str]) -> Server {
        Server::launch(site, extra, None)
    }

    /// `candor serve` that may have at most `files` files open (its soft `RLIMIT_NOFILE`).
    fn start_with_file_limit(site: &Site, files: u64) -> Server {
        Server::launch(site, &[], Some(files))
    }

    fn launch(site: &Site, extra: &[&str], files: Option<u64>) -> Server {
        let mut command = Command::new(env!("CARGO_BIN_EXE_candor"));
        command
            .args(["serve", &site.arg(), "--port", "0"])
            .args(extra)
            .env("NO_COLOR", "1")
            .env_remove("SOURCE_DATE_EPOCH")
            .current_dir(env!("CARGO_TARGET_TMPDIR"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(files) = files {
            let mut limit = libc::rlimit {
                rlim_cur: 0,
                rlim_max: 0,
            };
            // SAFETY: getrlimit writes only the struct it is given.
            let got = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) };
            assert_eq!(got, 0, "getrlimit: {}", std::io::Error::last_os_error());
            limit.rlim_cur = files.min(limit.rlim_max);
            // SAFETY: the closure runs in the child between fork and exec, where only
            // async-signal-safe functions may be called: setrlimit is one, and it allocates
            // nothing.
            unsafe {
                command.pre_exec(move || {
                    if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0 {
                        Ok(())
                    } else {
                        Err(std::io::Error::last_os_error())
                    }
                });
            }
        }
        let child = command.spawn().expect("start candor serve");
        let mut server = Server {
            child,
            port: 0,
            log: Arc::default(),
        };
        let (tx, rx) = mpsc::channel();
        let stdout = server.child.stdout.take().expect("piped stdout");
        let stderr = server.child.stderr.take().expect("piped stderr");
        drain(stdout, server.log.clone(), Some(tx));
        drain(stderr, server.log.clone(), None);
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no `serving` line\n{}", server.log()));
        server.port = parse_port(&line);
        server
    }

    fn get(&self, path: &str) -> Response {
        http(self.port, "GET", path)
    }

    /// Everything the server printed so far.
    fn log(&self) -> String {
        format!(
            "--- candor serve's output\n{}",
            self.log.lock().unwrap_or_else(|p| p.into_inner())
        )
    }

    /// Polls `check` until it holds; panics with the server's output after `timeout`.
    #[track_caller]
    fn eventually(&self, what: &str, mut check: impl FnMut() -> bool) {
        let start = Instant::now();
        while start.elapsed() < CHANGE_TIMEOUT {
            if check() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "timed out after {CHANGE_TIMEOUT:?} waiting for {what}\n{}",
            self.log()
        );
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Copies a child's output into `log`, sending the first line to `first`.
fn drain(
    out: impl Read + Send + 'static,
    log: Arc<Mutex<String>>,
    first: Option<mpsc::Sender<String>>,
) {
    std::thread::spawn(move || {
        let mut first = first;
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if let Some(tx) = first.take() {
                let _ = tx.send(line.clone());
            }
            let mut log = log.lock().unwrap_or_else(|p| p.into_inner());
            log.push_str(&line);
            log.push('\n');
        }
    });
}

/// The port of `serving SITE at http://127.0.0.1:PORT/`.
fn parse_port(line: &str) -> u16 {
    assert!(
        line.starts_with("serving "),
        "unexpected first line `{line}`"
    );
    line.rsplit_once("http://127.0.0.1:")
        .and_then(|(_, rest)| rest.strip_suffix('/'))
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in `{line}`"))
}

/// An HTTP response, read whole.
#[derive(Debug)]
struct Response {
    status: u16,
    /// Header lines, names lowercased.
    headers: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A tiny HTTP/1.1 client: one request on its own connection.
fn http(port: u16, method: &str, path: &str) -> Response {
    exchange(
        port,
        &format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"),
        Duration::from_secs(5),
    )
}

/// `GET path` with these header lines (each ending in `\r\n`) and no others.
fn get_with(port: u16, path: &str, headers: &str) -> Response {
    exchange(
        port,
        &format!("GET {path} HTTP/1.1\r\n{headers}Connection: close\r\n\r\n"),
        Duration::from_secs(5),
    )
}

/// Sends `request` as it is on a new connection and reads the response, waiting at most
/// `timeout` for each read.
fn exchange(port: u16, request: &str, timeout: Duration) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(timeout))
        .expect("set a timeout");
    stream
        .write_all(request.as_bytes())
        .expect("send the request");
    // Read the header block, then Content-Length bytes (DevTools keeps the connection open).
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte).expect("read the response") {
            0 => panic!("the connection closed inside the header block"),
            _ => raw.push(byte[0]),
        }
    }
    let head = String::from_utf8(raw).expect("an ASCII header block");
    let length = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())?
    });
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            stream.read_exact(&mut body).expect("read the body");
        }
        None => {
            stream.read_to_end(&mut body).expect("read the body");
        }
    }
    let body = String::from_utf8_lossy(&body).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    assert!(
        !headers
            .iter()
            .any(|(n, v)| n == "transfer-encoding" && v.contains("chunked")),
        "this client does not read chunked bodies"
    );
    Response {
        status,
        headers,
        body,
    }
}

/// Whether `text` has `file:LINE:COL` with numbers.
fn names_position(text: &str, file: &str) -> bool {
    text.match_indices(&format!("{file}:")).any(|(i, m)| {
        let rest = &text[i + m.len()..];
        let mut parts = rest.splitn(3, |c: char| !c.is_ascii_digit());
        let line = parts.next().unwrap_or("");
        let col = parts.next().unwrap_or("");
        !line.is_empty() && rest[line.len()..].starts_with(':') && !col.is_empty()
    })
}

const OVERLAY: &str = "id=\"candor-overlay\"";

#[test]
fn serves_every_page_from_memory_and_writes_nothing() {
    let site = Site::example();
    let before = tree(site.root());
    let server = Server::start(&site);

    let en = server.get("/en/");
    assert_eq!(en.status, 200, "{}", server.log());
    assert_eq!(en.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(en.header("cache-control"), Some("no-store"));
    assert!(en.body.contains("30 November 2026"));
    assert!(en.body.contains("<script src=\"/__candor/live.js\""));
    assert!(
        en.body.contains("script-src 'self'") && en.body.contains("connect-src 'self'"),
        "the page's Content-Security-Policy must let the live-reload script run and connect"
    );
    assert!(!en.body.contains(OVERLAY));

    let de = server.get("/de/");
    assert_eq!(de.status, 200);
    assert!(de.body.contains("Zuletzt geändert"));
    assert!(de.body.contains("30. November 2026"));
    assert!(de.body.contains("<script src=\"/__candor/live.js\""));

    let index = server.get("/");
    assert_eq!(index.status, 200);
    assert!(index.body.contains("/__candor/live.js"));
    assert!(index.body.contains("Deutsch"));

    let redirect = server.get("/nl");
    assert_eq!(redirect.status, 308);
    assert_eq!(redirect.header("location"), Some("/nl/"));

    let script = server.get("/__candor/live.js");
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    assert!(script.body.contains("/__candor/ws"));
    let style = server.get("/__candor/live.css");
    assert_eq!(style.status, 200);
    assert!(style.body.contains("#candor-overlay"));

    let css = server.get("/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(!css.body.contains("live.js"), "only HTML gets the script");
    let data = server.get("/data.json");
    assert_eq!(data.header("content-type"), Some("application/json"));
    assert!(serde_json::from_str::<Value>(&data.body).is_ok());

    let missing = server.get("/fr/");
    assert_eq!(missing.status, 404);
    assert_eq!(server.get("/../candor.toml").status, 404);
    assert_eq!(http(server.port, "POST", "/en/").status, 405);
    // Every answer keeps out of caches and frames, axum's own too (qa88: a 405 of the live
    // script, a socket asked for without its upgrade).
    for (method, path, status) in [
        ("POST", "/en/", 405),
        ("POST", "/__candor/live.js", 405),
        ("PUT", "/__candor/ws", 405),
        ("GET", "/__candor/ws", 400),
        ("GET", "/fr/", 404),
    ] {
        // With the preview's own origin, which a request for the socket needs to get past the
        // guard to axum.
        let port = server.port;
        let answer = exchange(
            port,
            &format!(
                "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: \
                 http://127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            ),
            Duration::from_secs(5),
        );
        assert_eq!(answer.status, status, "{method} {path}");
        for (name, value) in [
            ("cache-control", "no-store"),
            ("x-content-type-options", "nosniff"),
            ("x-frame-options", "DENY"),
        ] {
            assert_eq!(answer.header(name), Some(value), "{method} {path}: {name}");
        }
    }

    drop(server);
    assert!(
        !site.public().exists(),
        "serve must not write the output folder"
    );
    assert_same_tree(&before, &tree(site.root()));
}

/// What each kind of file a build writes is served as: the same table as the unit test
/// `content_types_follow_the_extension` in `src/serve/http.rs`.
const SERVED_TYPES: [(&str, &str); 9] = [
    ("html", "text/html; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("json", "application/json"),
    ("jsonld", "application/ld+json"),
    ("xml", "application/xml; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
    ("md", "text/markdown; charset=utf-8"),
    ("eml", "message/rfc822"),
    ("ics", "text/calendar; charset=utf-8"),
];

/// Another site could show the preview in a frame of its own, under a page that leads a
/// click onto it: no answer may be framed.
#[test]
fn no_answer_of_the_preview_may_be_framed_by_another_site() {
    let site = Site::example();
    let server = Server::start(&site);
    for path in ["/en/", "/style.css", "/__candor/live.js", "/no-such-page"] {
        let got = server.get(path);
        assert_eq!(got.header("x-frame-options"), Some("DENY"), "{path}");
        assert_eq!(
            got.header("content-security-policy"),
            Some("frame-ancestors 'none'"),
            "{path}"
        );
    }
}

#[test]
fn every_built_file_is_served_as_built_with_its_type() {
    // A build writes the files; the preview renders its own in memory.
    let site = Site::example();
    site.build(&[]).success();
    let built = tree(&site.public());
    let server = Server::start(&site);
    for (rel, bytes) in &built {
        let name = rel.to_str().expect("UTF-8 names");
        if name == ".candor-output" {
            continue; // the output folder's marker, not part of the site
        }
        let response = server.get(&format!("/{name}"));
        assert_eq!(response.status, 200, "{name}\n{}", server.log());
        let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
        let expected = SERVED_TYPES
            .iter()
            .find(|(e, _)| *e == ext)
            .unwrap_or_else(|| {
                panic!("a build writes {name}: pin its type here and in content_types_follow_the_extension")
            })
            .1;
        assert_eq!(response.header("content-type"), Some(expected), "{name}");
        let built = String::from_utf8(bytes.clone()).expect("UTF-8 files");
        if ext == "html" {
            // Nothing differs from the build but the stylesheet, the script and the policy
            // that allows them (the architecture's invariant).
            let script = response
                .body
                .find("<script src=\"/__candor/live.js\"")
                .expect("the script");
            let script_end = script
                + response.body[script..]
                    .find("</script>\n")
                    .expect("the script's end")
                + "</script>\n".len();
            let served = format!(
                "{}{}",
                &response.body[..script],
                &response.body[script_end..]
            )
            .replacen(
                "<link rel=\"stylesheet\" href=\"/__candor/live.css\">\n",
                "",
                1,
            )
            .replacen(
                &format!(
                    "; script-src 'self'; connect-src 'self' ws://127.0.0.1:{}",
                    server.port
                ),
                "",
                1,
            );
            assert!(served == built, "{name} differs from the build");
        } else {
            assert!(response.body == built, "{name} differs from the build");
        }
    }
}

/// The example, with Hubspot no longer processing personal data since its last publication.
fn hubspot_stops_processing_personal_data() -> Site {
    let site = Site::example();
    site.replace(
        "content/subprocessors.toml",
        "name = \"Hubspot\"\npersonal-data = true",
        "name = \"Hubspot\"\npersonal-data = false",
    );
    site
}

#[test]
fn the_review_view_marks_changes_since_the_last_publication() {
    let site = hubspot_stops_processing_personal_data();
    let server = Server::start(&site);
    let review = server.get("/__candor/review/de/");
    assert_eq!(review.status, 200, "{}", server.log());
    assert!(
        review
            .body
            .contains("Entwurf zur Prüfung: nicht veröffentlicht."),
        "{}",
        review.body
    );
    assert!(
        review
            .body
            .contains("Hubspot verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr")
    );
    assert!(review.body.contains(">Ja</del>") && review.body.contains(">Nein</ins>"));
    // The page itself is as it will be published: no marks.
    assert!(!server.get("/de/").body.contains("<del"));
}

#[test]
fn the_review_view_follows_each_save_and_a_publication_recorded_while_it_runs() {
    // Review pages are made when asked for, once per build: never one of an earlier build.
    let site = hubspot_stops_processing_personal_data();
    let server = Server::start(&site);
    let hubspot = "Hubspot verarbeitet keine personenbezogenen Daten Ihrer Nutzer mehr";
    let review = server.get("/__candor/review/de/");
    assert!(review.body.contains(hubspot), "{}", review.body);
    assert!(review.body.contains("bis 2 Jahre nach Ende"));

    site.replace("content/retention.toml", "count = 2", "count = 3");
    server.eventually("the page of the second change", || {
        server.get("/de/").body.contains("bis 3 Jahre nach Ende")
    });
    let review = common::without_isolates(&server.get("/__candor/review/de/").body);
    assert!(review.contains(hubspot), "{review}");
    assert!(
        review.contains(">2</del>") && review.contains(">3</ins>"),
        "{review}"
    );

    // Recorded: today's pages are the publication's, and nothing is left to mark.
    site.build(&[]).success();
    server.eventually("the review of the new publication", || {
        let review = server.get("/__candor/review/de/");
        review.status == 200 && !review.body.contains("<del") && !review.body.contains("<ins")
    });
    assert!(!server.get("/__candor/review/de/").body.contains(hubspot));
}

#[test]
fn a_review_page_that_cannot_be_made_says_so_and_never_shows_the_page_unmarked() {
    // The last publication's page no longer renders with today's theme (a template that fails
    // only for the organisation's old name, and never for an archived page), while today's
    // site does. The review view cannot compare: it must say so, not show today's page as if
    // nothing had changed.
    let site = Site::example();
    common::break_the_last_publications_page(&site);
    let server = Server::start(&site);
    assert_eq!(server.get("/de/").status, 200, "{}", server.log());
    for path in ["/__candor/review/de/", "/__candor/review/de/index.html"] {
        let review = server.get(path);
        assert_eq!(review.status, 500, "{path}: {}", review.body);
        assert!(
            !review.body.contains("Luscii Healthtech"),
            "{path} shows today's page: {}",
            review.body
        );
        assert!(
            review.body.contains("the old page does not render"),
            "{path} does not say why: {}",
            review.body
        );
    }
    // The site's own files below the review view are still answered.
    assert_eq!(server.get("/__candor/review/de/annex/").status, 200);
}

#[test]
fn every_link_of_a_review_page_is_answered_in_the_review_view_as_the_site_answers_it() {
    // The review view holds its own pages; the rest of it (the annex, the archive, the
    // stylesheet, the other languages' files) is the site's, at the same path below it.
    let site = Site::example();
    site.replace("content/retention.toml", "count = 2", "count = 3");
    let server = Server::start(&site);
    let base = url::Url::parse("http://preview/__candor/review/de/").unwrap();
    let page = server.get(base.path());
    assert_eq!(page.status, 200, "{}", server.log());
    let html = scraper::Html::parse_document(&page.body);
    let mut from_the_site = 0;
    for el in html.select(&common::sel("a[href], link[href]")) {
        let href = el.value().attr("href").unwrap();
        let Ok(link) = base.join(href) else {
            continue;
        };
        if link.host_str() != Some("preview") || link.path() == base.path() {
            continue;
        }
        let reviewed = server.get(link.path());
        assert_eq!(reviewed.status, 200, "`{href}` ({})", link.path());
        // The preview's own script and stylesheet are no part of it.
        let Some(in_site) = link.path().strip_prefix("/__candor/review") else {
            assert!(
                link.path().starts_with("/__candor/"),
                "`{href}` leaves the review"
            );
            continue;
        };
        if !in_site.ends_with("/index.html") && !in_site.ends_with('/') {
            continue;
        }
        let own = server.get(in_site);
        let is_review_page = reviewed.body.contains("review-summary");
        if !is_review_page {
            assert!(reviewed.body == own.body, "`{href}` differs from {in_site}");
            from_the_site += 1;
        }
    }
    assert!(from_the_site > 0, "the page links the site's pages too");
    // A folder asked for without its slash stays in the review view.
    let folder = server.get("/__candor/review/de/annex");
    assert_eq!(folder.status, 308);
    assert_eq!(
        folder.header("location"),
        Some("/__candor/review/de/annex/")
    );
}

#[test]
fn a_saved_translation_shows_without_a_restart() {
    let site = Site::example();
    let server = Server::start(&site);
    assert!(!server.get("/de/").body.contains("Jawohl"));

    site.replace("locales/de/chrome.ftl", "yes = Ja\n", "yes = Jawohl\n");
    server.eventually("the new German text", || {
        server.get("/de/").body.contains("Jawohl")
    });
    let en = server.get("/en/").body;
    assert!(!en.contains("Jawohl"), "only the German page changes");
    // The page is served before the rebuild's line is printed.
    server.eventually("the rebuild's line in the log", || {
        server.log().contains("rebuilt in")
    });
}

#[test]
fn a_mistake_shows_over_the_last_good_page_until_it_is_fixed() {
    let site = Site::example();
    let server = Server::start(&site);

    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    server.eventually("the error overlay", || {
        server.get("/en/").body.contains(OVERLAY)
    });
    let page = server.get("/en/");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("30 November 2026"),
        "the last good page is still served"
    );
    assert!(page.body.contains("role=\"alertdialog\""));
    assert!(page.body.contains("unknown country code"));
    assert!(
        names_position(&page.body, "content/storage.toml"),
        "the overlay names file, line and column:\n{}",
        page.body
    );
    assert!(page.body.contains("country = &quot;Germany&quot;"));
    // Every HTML page served while the site is broken carries it, even a missing one.
    assert!(server.get("/de/").body.contains(OVERLAY));
    assert!(server.get("/nowhere/").body.contains(OVERLAY));
    assert!(!server.get("/style.css").body.contains(OVERLAY));
    let log = server.log();
    assert!(log.contains("unknown country code"), "{log}");
    assert!(log.contains("still serving the last good build"), "{log}");

    site.replace(
        "content/storage.toml",
        "country = \"Germany\"",
        "country = \"DE\"",
    );
    server.eventually("the overlay to go", || {
        !server.get("/en/").body.contains(OVERLAY)
    });
    assert!(server.get("/en/").body.contains("30 November 2026"));
}

#[test]
fn a_site_that_starts_broken_is_served_once_fixed() {
    let site = Site::example();
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    let server = Server::start(&site);
    let page = server.get("/en/");
    assert_eq!(page.status, 503);
    assert!(page.body.contains(OVERLAY));
    assert!(page.body.contains("unknown country code"));
    // No good version exists yet: neither the page nor its overlay may say there is one, nor
    // call it a page not found.
    assert!(
        page.body
            .contains("<title>Not built yet: candor preview</title>")
            && page.body.contains("The site has not been built yet.")
            && !page.body.contains("last good version")
            && !page.body.contains("Not found"),
        "{}",
        page.body
    );
    // Nor its log.
    server.eventually("the failure's line in the log", || {
        server.log().contains("failed: 1 error")
    });
    let log = server.log();
    assert!(
        log.contains(
            "failed: 1 error; no build to serve yet: the preview shows the error until one succeeds"
        ),
        "{log}"
    );
    assert!(!log.contains("last good build"), "{log}");

    site.replace(
        "content/storage.toml",
        "country = \"Germany\"",
        "country = \"DE\"",
    );
    server.eventually("the first good build", || server.get("/en/").status == 200);
    assert!(!server.get("/en/").body.contains(OVERLAY));

    // Broken again: a page of the site is its last good version; a page it does not have is
    // none.
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    server.eventually("the overlay", || server.get("/en/").body.contains(OVERLAY));
    assert!(
        server
            .get("/en/")
            .body
            .contains("This is the last good version of the page.")
    );
    let missing = server.get("/en/no-such-page.html");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains(OVERLAY) && !missing.body.contains("last good version"),
        "{}",
        missing.body
    );
}

/// A live-reload client on the server's socket.
struct LiveSocket(tungstenite::WebSocket<TcpStream>);

/// A WebSocket handshake the preview answered with something else than the upgrade.
#[derive(Debug)]
struct Refused {
    status: u16,
    body: Vec<u8>,
    headers: Box<tungstenite::http::HeaderMap>,
}

impl LiveSocket {
    /// Connects as a page of the preview does: from its own origin.
    fn connect(port: u16) -> LiveSocket {
        let url = format!("ws://127.0.0.1:{port}/__candor/ws");
        let origin = format!("http://127.0.0.1:{port}");
        LiveSocket::try_connect(port, &url, Some(&origin)).expect("WebSocket handshake")
    }

    /// Connects to 127.0.0.1:`port` with `url`'s host as `Host` and this `Origin`; the server's
    /// refusal as its status and body.
    fn try_connect(port: u16, url: &str, origin: Option<&str>) -> Result<LiveSocket, Refused> {
        use tungstenite::client::IntoClientRequest;
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream
            .set_read_timeout(Some(CHANGE_TIMEOUT))
            .expect("set a timeout");
        let mut request = url.into_client_request().expect("a WebSocket request");
        if let Some(origin) = origin {
            request
                .headers_mut()
                .insert("origin", origin.parse().expect("a header value"));
        }
        match tungstenite::client(request, stream) {
            Ok((socket, _)) => Ok(LiveSocket(socket)),
            Err(tungstenite::HandshakeError::Failure(tungstenite::Error::Http(response))) => {
                Err(Refused {
                    status: response.status().as_u16(),
                    body: response.body().clone().unwrap_or_default(),
                    headers: Box::new(response.headers().clone()),
                })
            }
            Err(e) => panic!("WebSocket handshake: {e}"),
        }
    }

    /// The next message, as JSON.
    fn next(&mut self) -> Value {
        loop {
            match self.0.read().expect("a live-reload message") {
                tungstenite::Message::Text(text) => {
                    return serde_json::from_str(text.as_str()).expect("JSON");
                }
                tungstenite::Message::Close(_) => panic!("the server closed the socket"),
                _ => continue,
            }
        }
    }
}

#[test]
fn the_socket_says_hello_then_reload_or_error() {
    let site = Site::example();
    let server = Server::start(&site);
    let mut socket = LiveSocket::connect(server.port);
    let hello = socket.next();
    assert_eq!(hello["type"], "hello");
    assert!(hello["error"].is_null());
    let first = hello["build"].as_str().expect("a build id").to_string();
    assert!(
        server
            .get("/en/")
            .body
            .contains(&format!("data-build=\"{first}\""))
    );

    site.replace("locales/en/chrome.ftl", "yes = Yes\n", "yes = Yep\n");
    let reload = socket.next();
    assert_eq!(reload["type"], "reload", "{reload}\n{}", server.log());
    assert_ne!(reload["build"], first);

    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    let error = socket.next();
    assert_eq!(error["type"], "error");
    assert_eq!(error["build"], reload["build"], "the last good build stays");
    let text = error["error"].as_str().expect("the diagnostics");
    assert!(text.contains("unknown country code"), "{text}");
    assert!(names_position(text, "content/storage.toml"), "{text}");

    // A page that connects while the site is broken hears of it at once.
    let mut late = LiveSocket::connect(server.port);
    let hello = late.next();
    assert_eq!(hello["type"], "hello");
    assert_eq!(hello["error"].as_str(), Some(text));

    site.replace(
        "content/storage.toml",
        "country = \"Germany\"",
        "country = \"DE\"",
    );
    for s in [&mut socket, &mut late] {
        let fixed = s.next();
        assert_eq!(fixed["type"], "reload");
        assert!(fixed["error"].is_null());
    }
}

#[test]
fn a_changed_file_that_changes_no_page_reloads_nothing() {
    let site = Site::example();
    let server = Server::start(&site);
    let build = LiveSocket::connect(server.port).next()["build"].clone();
    // A comment is not published.
    let text = site.read("locales/de/chrome.ftl");
    site.write("locales/de/chrome.ftl", &format!("# a note\n{text}"));
    server.eventually("the rebuild", || server.log().contains("no page changed"));
    let hello = LiveSocket::connect(server.port).next();
    assert_eq!(hello["build"], build);
}

/// Changes the English words (a new publication, previewed), waits for the page to be rebuilt
/// with them, and then for the clock's next second; returns the id of that build.
/// The English archive copy of the example's last publication, as the preview serves it.
fn last_archived_page(site: &Site, server: &Server) -> Response {
    let dates = common::publication_dates(&site.read("candor.lock"));
    let last = dates.last().expect("the example has publications");
    server.get(&format!("/en/archive/{last}/"))
}

#[test]
fn a_change_only_the_archive_shows_reloads_the_preview_and_the_latest_save_is_served() {
    // The archive's copies are made after the pages are shown; a change that only they show
    // (a template's archived branch) is still a change, and saves in quick succession end with
    // the archive of the last.
    let site = Site::example();
    let server = Server::start(&site);
    let mut socket = LiveSocket::connect(server.port);
    let first = socket.next()["build"].clone();
    let page = server.get("/en/").body;
    assert!(
        last_archived_page(&site, &server)
            .body
            .contains("<p class=\"fingerprint\">")
    );

    let template = "themes/default/templates/page.html";
    site.replace(
        template,
        "<p class=\"fingerprint\">",
        "<p class=\"fingerprint\" data-seen=\"1\">",
    );
    let reload = socket.next();
    assert_eq!(reload["type"], "reload", "{reload}\n{}", server.log());
    assert_ne!(reload["build"], first);
    assert!(
        last_archived_page(&site, &server)
            .body
            .contains("data-seen=\"1\""),
        "{}",
        server.log()
    );
    // The page itself is the same, but for the build it names.
    let without = |page: String, build: &Value| page.replace(build.as_str().unwrap(), "");
    assert!(without(server.get("/en/").body, &reload["build"]) == without(page, &first));

    for seen in ["2", "3"] {
        let text = site.read(template);
        let was = text.split("data-seen=\"").nth(1).unwrap()[..1].to_string();
        site.write(
            template,
            &text.replace(
                &format!("data-seen=\"{was}\""),
                &format!("data-seen=\"{seen}\""),
            ),
        );
    }
    server.eventually("the archive of the last save", || {
        last_archived_page(&site, &server)
            .body
            .contains("data-seen=\"3\"")
    });
    let archived = last_archived_page(&site, &server);
    assert_eq!(archived.status, 200);
    assert!(
        !archived.body.contains("candor-overlay"),
        "{}",
        server.log()
    );
}

#[test]
fn saves_that_come_while_the_archive_is_made_end_with_the_archive_of_the_last() {
    let site = Site::example();
    let server = Server::start(&site);
    let mut socket = LiveSocket::connect(server.port);
    socket.next();
    // Each save as soon as the last one's pages are shown: its archive is still being made.
    let names = ["Luscii One", "Luscii Two", "Luscii Three"];
    let mut was = "Luscii";
    for name in names {
        site.replace(
            "content/organisation.toml",
            &format!("name = \"{was}\""),
            &format!("name = \"{name}\""),
        );
        let reload = socket.next();
        assert_eq!(reload["type"], "reload", "{reload}\n{}", server.log());
        was = name;
    }
    let page = server.get("/en/").body;
    assert!(page.contains("Luscii Three"));
    // The page's own date: that of the publication it previews.
    let date = page
        .split("<time datetime=\"")
        .nth(1)
        .and_then(|rest| rest.get(..10))
        .expect("the page's date")
        .to_string();
    let archived = server.get(&format!("/en/archive/{date}/"));
    assert_eq!(archived.status, 200, "{}", server.log());
    assert!(archived.body.contains("Luscii Three"), "{}", archived.body);
    assert!(!archived.body.contains("Luscii Two"));
}

#[test]
fn an_archive_page_asked_for_while_saves_follow_each_other_is_always_answered() {
    // Each save gives the archive under way up; a request that waits for it asks the newer
    // build, and is answered, never with a 404.
    let site = Site::example();
    let server = Server::start(&site);
    let dates = common::publication_dates(&site.read("candor.lock"));
    let archived = format!("/en/archive/{}/", dates.first().expect("a publication"));
    let saving = {
        let root = site.root().to_path_buf();
        std::thread::spawn(move || {
            let path = root.join("content/organisation.toml");
            let text = std::fs::read_to_string(&path).unwrap();
            for i in 0..12 {
                let renamed =
                    text.replacen("name = \"Luscii\"", &format!("name = \"Luscii {i}\""), 1);
                std::fs::write(&path, renamed).unwrap();
                std::thread::sleep(Duration::from_millis(40));
            }
        })
    };
    // A request may wait for the saves to end: each build's archive is given up by the next.
    while !saving.is_finished() {
        let response = server.get(&archived);
        assert_eq!(response.status, 200, "{}", server.log());
        assert!(response.body.contains("class=\"fingerprint\""));
    }
    saving.join().unwrap();
    server.eventually("the last save's pages", || {
        server.get("/en/").body.contains("Luscii 11")
    });
    assert_eq!(server.get(&archived).status, 200, "{}", server.log());
}

#[test]
fn an_archive_that_cannot_be_made_is_shown_as_an_error_over_the_new_pages() {
    let site = Site::example();
    let server = Server::start(&site);
    let mut socket = LiveSocket::connect(server.port);
    socket.next();
    let template = "themes/default/templates/page.html";
    site.replace(
        template,
        "<p class=\"fingerprint\">",
        "{{ throw(message=\"an archived page fails\") }}<p class=\"fingerprint\">",
    );
    // Its pages are good: they are shown, then the archive's problem. (The watcher may see the
    // save as more than one change, and each build's pages are shown.)
    let mut messages = vec![socket.next()];
    while messages.last().unwrap()["type"] == "reload" && messages.len() < 6 {
        messages.push(socket.next());
    }
    let error = messages.last().unwrap();
    assert_eq!(error["type"], "error", "{messages:?}\n{}", server.log());
    let text = error["error"].as_str().unwrap();
    assert!(text.contains("an archived page fails"), "{text}");
    assert!(server.get("/en/").body.contains("an archived page fails"));
    assert!(server.log().contains("an archived page fails"));
    let archived = last_archived_page(&site, &server);
    assert_eq!(archived.status, 404, "{}", archived.body);

    site.replace(
        template,
        "{{ throw(message=\"an archived page fails\") }}",
        "",
    );
    let fixed = socket.next();
    assert_eq!(fixed["type"], "reload", "{fixed}\n{}", server.log());
    server.eventually("the archive made again", || {
        last_archived_page(&site, &server).status == 200
    });
    assert!(!server.get("/en/").body.contains("an archived page fails"));
}

fn preview_new_words_then_wait_a_second(site: &Site, server: &Server) -> Value {
    site.replace("locales/en/chrome.ftl", "yes = Yes\n", "yes = Yes indeed\n");
    server.eventually("the rebuild with the new words", || {
        server
            .log()
            .contains("after locales/en/chrome.ftl changed\n")
    });
    let build = LiveSocket::connect(server.port).next()["build"].clone();
    let rebuilt = jiff::Timestamp::now().as_second();
    server.eventually("the next second", || {
        jiff::Timestamp::now().as_second() > rebuilt
    });
    build
}

#[test]
fn a_previewed_publication_keeps_its_time_so_a_later_rebuild_that_changes_nothing_reloads_nothing()
{
    // A change to the English words is a new publication, previewed with the time it was
    // built at (the clock's, as `SOURCE_DATE_EPOCH` is not set). A rebuild in a later second
    // that changes nothing else must not restamp it: the pages would differ by that time alone
    // and every open page would reload for nothing.
    let site = Site::example();
    let server = Server::start(&site);
    let build = preview_new_words_then_wait_a_second(&site, &server);
    // A comment is not published.
    let text = site.read("locales/de/chrome.ftl");
    site.write("locales/de/chrome.ftl", &format!("# a note\n{text}"));
    server.eventually("the rebuild", || server.log().contains("no page changed"));
    let hello = LiveSocket::connect(server.port).next();
    assert_eq!(hello["build"], build, "{}", server.log());
}

#[test]
fn a_publication_recorded_while_the_preview_runs_is_followed_by_the_next_preview() {
    // The preview keeps its time while nothing is recorded; a publication recorded meanwhile
    // (`candor build`, a second or more later) comes before the next one previewed.
    let site = Site::example();
    let server = Server::start(&site);
    preview_new_words_then_wait_a_second(&site, &server);
    common::candor(&["build", &site.arg()], &[]).success();
    server.eventually("the rebuild after the lock changed", || {
        server.log().contains("candor.lock")
    });
    site.replace(
        "locales/en/chrome.ftl",
        "yes = Yes indeed\n",
        "yes = Yes, indeed\n",
    );
    // Shown once a rebuild has read them: the one for this save, or one still under way for the
    // files `candor build` wrote, which may read them first.
    server.eventually("the newer words on the page", || {
        server.get("/en/").body.contains("Yes, indeed")
    });
    let hello = LiveSocket::connect(server.port).next();
    assert!(hello["error"].is_null(), "{hello}\n{}", server.log());
    assert_eq!(hello["type"], "hello");
    assert!(
        !server.log().contains("would come before"),
        "{}",
        server.log()
    );
}

#[test]
fn a_themes_folder_created_later_is_watched() {
    let site = Site::example_without(&["themes"]);
    let server = Server::start(&site);
    assert_eq!(server.get("/hello.txt").status, 404);
    site.write("themes/default/static/hello.txt", "hello\n");
    server.eventually("the new asset", || server.get("/hello.txt").status == 200);
    assert_eq!(server.get("/hello.txt").body, "hello\n");
    site.write("themes/default/static/hello.txt", "hello again\n");
    server.eventually("the changed asset", || {
        server.get("/hello.txt").body == "hello again\n"
    });
}

#[test]
fn editor_temporary_files_and_the_output_folder_are_ignored() {
    let site = Site::example();
    let server = Server::start(&site);
    let build = LiveSocket::connect(server.port).next()["build"].clone();
    site.write("locales/de/.chrome.ftl.swp", "not FTL");
    site.write("locales/de/4913", "");
    site.write("content/storage.toml~", "not TOML");
    site.write("public/en/index.html", "<p>old</p>");
    site.write("README.md", "# notes");
    std::thread::sleep(Duration::from_millis(300));
    assert!(!server.log().contains("rebuilt"), "{}", server.log());
    assert_eq!(LiveSocket::connect(server.port).next()["build"], build);
}

#[test]
fn poll_mode_sees_changes_too() {
    let site = Site::example();
    let server = Server::start_with(&site, &["--poll"]);
    site.replace("locales/de/chrome.ftl", "yes = Ja\n", "yes = Jawohl\n");
    server.eventually("the new German text", || {
        server.get("/de/").body.contains("Jawohl")
    });
}

#[test]
fn the_watcher_follows_no_link_out_of_the_site() {
    // A link in content/ to a folder elsewhere: polling hashed every file under it (reading
    // them) and rebuilt on their changes, as if they were the site's.
    for mode in [&[][..], &["--poll"][..]] {
        let elsewhere = Site::empty();
        elsewhere.write("notes/secret.txt", "one\n");
        let site = Site::example();
        std::os::unix::fs::symlink(elsewhere.path("notes"), site.path("content/notes")).unwrap();
        let server = Server::start_with(&site, mode);
        elsewhere.write("notes/secret.txt", "two\n");
        // Two saves of the site after it, each seen: every poll since has passed the link.
        for word in ["Jawohl", "Jawoll"] {
            site.write(
                "locales/de/chrome.ftl",
                &site
                    .read("locales/de/chrome.ftl")
                    .replace("yes = Ja\n", &format!("yes = {word}\n"))
                    .replace("yes = Jawohl\n", &format!("yes = {word}\n")),
            );
            server.eventually(word, || server.get("/de/").body.contains(word));
        }
        let log = server.log();
        assert!(!log.contains("notes"), "{mode:?}: {log}");
    }
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("address").port().to_string();
    let site = Site::example();
    let mut child = Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["serve", &site.arg(), "--port", &port])
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start candor serve");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("serve kept running on a taken port");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("read stderr");
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(&format!("port {port}")), "{stderr}");
    assert!(stderr.contains("already in use"), "{stderr}");
}

// --- What serve refuses ------------------------------------------------------------------------

/// Another port than the server's.
fn other_port(port: u16) -> u16 {
    if port == u16::MAX { port - 1 } else { port + 1 }
}

#[test]
fn only_requests_for_the_preview_itself_are_answered() {
    let site = Site::example();
    let server = Server::start(&site);
    let port = server.port;
    let other = other_port(port);

    // Its own addresses, as a browser on this machine names them.
    for host in ["127.0.0.1", "localhost", "[::1]", "LocalHost"] {
        let page = get_with(port, "/en/", &format!("Host: {host}:{port}\r\n"));
        assert_eq!(page.status, 200, "Host: {host}:{port}\n{}", server.log());
        assert!(page.body.contains("30 November 2026"));
    }
    // A page's own requests may say where they come from.
    let own = format!("Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n");
    assert_eq!(get_with(port, "/data.json", &own).status, 200);

    // Anything else gets 403 and nothing of the site: a page elsewhere whose name was rebound
    // to 127.0.0.1 (DNS rebinding), another server's port, a request that names no host, a
    // cross-site request.
    let refused = [
        String::new(),
        "Host: evil.example\r\n".to_string(),
        format!("Host: evil.example:{port}\r\n"),
        format!("Host: 127.0.0.1:{other}\r\n"),
        "Host: 127.0.0.1\r\n".to_string(),
        format!("Host: 127.0.0.1.evil.example:{port}\r\n"),
        format!("Host: 127.0.0.1:{port}\r\nHost: evil.example\r\n"),
        format!("Host: 127.0.0.1:{port}\r\nOrigin: http://evil.example\r\n"),
        format!("Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{other}\r\n"),
        format!("Host: 127.0.0.1:{port}\r\nOrigin: null\r\n"),
    ];
    for headers in &refused {
        for path in [
            "/en/",
            "/",
            "/__candor/live.js",
            "/__candor/review/en/",
            "/nowhere/",
        ] {
            let r = get_with(port, path, headers);
            assert_eq!(r.status, 403, "{path} with {headers:?}");
            assert_eq!(r.body, "", "{path} with {headers:?}");
        }
    }
    // A request that names another host in its target.
    let absolute = exchange(
        port,
        &format!(
            "GET http://evil.example/en/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
             Connection: close\r\n\r\n"
        ),
        Duration::from_secs(5),
    );
    assert_eq!((absolute.status, absolute.body.as_str()), (403, ""));

    // The live-reload socket: only from a page of the preview (cross-site WebSocket hijacking).
    let url = format!("ws://127.0.0.1:{port}/__candor/ws");
    for origin in [
        format!("http://127.0.0.1:{port}"),
        format!("http://localhost:{port}"),
    ] {
        let mut socket = LiveSocket::try_connect(port, &url, Some(&origin))
            .unwrap_or_else(|e| panic!("Origin {origin}: refused {e:?}"));
        assert_eq!(socket.next()["type"], "hello");
    }
    for origin in [
        None,
        Some("http://evil.example".to_string()),
        Some("null".to_string()),
        Some(format!("http://127.0.0.1:{other}")),
        Some(format!("https://127.0.0.1:{port}")),
        Some(format!("http://127.0.0.1:{port}.evil.example")),
    ] {
        match LiveSocket::try_connect(port, &url, origin.as_deref()) {
            Ok(_) => panic!("a WebSocket from Origin {origin:?} was accepted"),
            Err(Refused { status, body, .. }) => {
                assert_eq!(status, 403, "Origin {origin:?}");
                assert!(body.is_empty(), "Origin {origin:?}");
            }
        }
    }
    // DNS rebinding onto the socket: the attacker's page, same-origin with itself.
    let rebound = format!("ws://evil.example:{port}/__candor/ws");
    let origin = format!("http://evil.example:{port}");
    assert!(matches!(
        LiveSocket::try_connect(port, &rebound, Some(&origin)),
        Err(Refused { status: 403, .. })
    ));
}

/// serve's bound on open connections (`MAX_CONNECTIONS` in src/serve/http.rs).
const MAX_CONNECTIONS: u64 = 256;

/// Far longer than serve gives a client to send its request's header block (a few seconds).
const CLOSE_TIMEOUT: Duration = Duration::from_secs(30);

/// `n` connections to the server that send nothing.
fn idle_connections(server: &Server, n: u64) -> Vec<TcpStream> {
    (0..n)
        .map(|i| {
            TcpStream::connect(("127.0.0.1", server.port))
                .unwrap_or_else(|e| panic!("connection {i}: {e}\n{}", server.log()))
        })
        .collect()
}

#[test]
fn idle_and_half_sent_requests_are_closed() {
    let site = Site::example();
    let server = Server::start(&site);
    let port = server.port;
    let idle = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let mut half = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(half, "GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n").expect("send half a request");
    for (what, mut stream) in [("an idle", idle), ("a half-sent", half)] {
        stream
            .set_read_timeout(Some(CLOSE_TIMEOUT))
            .expect("set a timeout");
        let mut got = Vec::new();
        match stream.read_to_end(&mut got) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => {}
            Err(e) => panic!(
                "{what} connection was still open after {CLOSE_TIMEOUT:?} ({e})\n{}",
                server.log()
            ),
        }
        let got = String::from_utf8_lossy(&got);
        assert!(
            !got.contains("30 November 2026"),
            "{what} connection: {got}"
        );
    }
    assert_eq!(server.get("/en/").status, 200, "{}", server.log());
}

#[test]
fn idle_connections_beyond_the_bound_wait_their_turn() {
    let site = Site::example();
    // Files enough for the bound and serve's own, not for every connection below: without the
    // bound, accepting them would run out.
    let server = Server::start_with_file_limit(&site, MAX_CONNECTIONS + 64);
    let port = server.port;
    let idle = idle_connections(&server, MAX_CONNECTIONS + 100);
    // A request behind them is answered once the first ones have timed out.
    let page = exchange(
        port,
        &format!("GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"),
        CLOSE_TIMEOUT,
    );
    assert_eq!(page.status, 200, "{}", server.log());
    let log = server.log();
    assert!(!log.contains("panicked"), "{log}");
    assert!(
        !log.contains("cannot accept"),
        "the bound keeps serve within its files\n{log}"
    );
    drop(idle);
}

#[test]
fn running_out_of_files_is_survived() {
    let site = Site::example();
    let server = Server::start_with_file_limit(&site, 64);
    let port = server.port;
    // More connections than serve has files for: accepting the last ones fails.
    let idle = idle_connections(&server, 100);
    server.eventually("an accept error", || {
        let log = server.log();
        log.contains("cannot accept") || log.contains("panicked")
    });
    assert!(!server.log().contains("panicked"), "{}", server.log());
    drop(idle);
    let page = exchange(
        port,
        &format!("GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"),
        CLOSE_TIMEOUT,
    );
    assert_eq!(page.status, 200, "{}", server.log());
}

// --- The browser test --------------------------------------------------------------------------

const CHROMIUM: &str = "/usr/bin/chromium";

/// A headless Chromium with a fresh profile, killed on drop.
struct Browser {
    child: Child,
    devtools_port: u16,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn launch() -> Browser {
        let profile = tempfile::Builder::new()
            .prefix("candor-chromium-")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .expect("a profile folder");
        let mut child = Command::new(CHROMIUM)
            // Its own process group, so that dropping the browser ends its helpers too.
            .process_group(0)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                &format!("--user-data-dir={}", profile.path().display()),
                "--remote-debugging-port=0",
                "about:blank",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chromium");
        let stderr = child.stderr.take().expect("piped stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                if let Some(rest) = line.strip_prefix("DevTools listening on ws://127.0.0.1:")
                    && let Some(t) = tx.take()
                {
                    let _ = t.send(rest.split('/').next().unwrap_or("").to_string());
                }
            }
        });
        let mut browser = Browser {
            child,
            devtools_port: 0,
            _profile: profile,
        };
        let port = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("chromium's `DevTools listening on` line");
        browser.devtools_port = port.parse().expect("a DevTools port");
        browser
    }

    /// The DevTools connection of the first page.
    fn page(&self) -> Cdp {
        let targets: Value =
            serde_json::from_str(&http(self.devtools_port, "GET", "/json/list").body)
                .expect("JSON target list");
        let url = targets
            .as_array()
            .and_then(|list| list.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page target")
            .to_string();
        Cdp::connect(&url)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // The whole group: the browser, its zygote, renderers and GPU process.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A Chrome DevTools Protocol session with one page.
struct Cdp {
    socket: tungstenite::WebSocket<TcpStream>,
    next_id: u64,
}

impl Cdp {
    fn connect(url: &str) -> Cdp {
        let address = url
            .strip_prefix("ws://")
            .and_then(|rest| rest.split('/').next())
            .expect("a ws:// URL");
        let stream = TcpStream::connect(address).expect("connect to DevTools");
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .expect("set a timeout");
        let (socket, _) = tungstenite::client(url, stream).expect("DevTools handshake");
        Cdp { socket, next_id: 1 }
    }

    /// Calls `method`; the result, or the protocol's error message.
    fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        let id = self.next_id;
        self.next_id += 1;
        let request = json!({ "id": id, "method": method, "params": params });
        self.socket
            .send(tungstenite::Message::text(request.to_string()))
            .expect("send to DevTools");
        loop {
            let message = self.socket.read().expect("a DevTools message");
            let tungstenite::Message::Text(text) = message else {
                continue;
            };
            let v: Value = serde_json::from_str(text.as_str()).expect("JSON from DevTools");
            if v["id"] != id {
                continue; // an event
            }
            if let Some(e) = v.get("error") {
                return Err(e.to_string());
            }
            return Ok(v["result"].clone());
        }
    }

    /// Evaluates `expression` in the page; `None` while the page is between documents.
    fn eval(&mut self, expression: &str) -> Option<Value> {
        let r = self
            .call(
                "Runtime.evaluate",
                json!({ "expression": expression, "returnByValue": true }),
            )
            .ok()?;
        if r.get("exceptionDetails").is_some() {
            return None;
        }
        Some(r["result"]["value"].clone())
    }

    fn eval_str(&mut self, expression: &str) -> String {
        self.eval(expression)
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// The text of the page's overlay, or "" without one.
const OVERLAY_TEXT: &str = "(() => { const o = document.querySelector('[role=alertdialog]'); return o ? o.innerText : ''; })()";

#[test]
fn an_open_page_reloads_by_itself_and_shows_mistakes() {
    if !common::installed("chromium", || Path::new(CHROMIUM).exists()) {
        assert!(
            std::env::var_os("CI").is_none(),
            "{CHROMIUM} is not installed, and CI is set: .ci/run must install it"
        );
        common::say_skipped("the live-reload test in a browser: it needs chromium");
        return;
    }
    let site = Site::example();
    let server = Server::start(&site);
    let browser = Browser::launch();
    let mut page = browser.page();
    let url = format!("http://127.0.0.1:{}/en/", server.port);
    page.call("Page.navigate", json!({ "url": url }))
        .expect("navigate");
    server.eventually("the page in the browser", || {
        page.eval_str("document.body ? document.body.innerText : ''")
            .contains("30 November 2026")
    });
    let text = page.eval_str("document.body.innerText");
    assert!(!text.contains("Yes indeed"));

    // A marker that only a reload removes.
    page.eval("window.candorMarker = 'same document'; true");
    site.replace("locales/en/chrome.ftl", "yes = Yes\n", "yes = Yes indeed\n");
    server.eventually("the page to reload with the new text", || {
        page.eval(
            "document.readyState === 'complete' && window.candorMarker === undefined \
             && document.body.innerText.includes('Yes indeed')",
        ) == Some(Value::Bool(true))
    });

    // A mistake shows over the page, without a reload, and takes the focus.
    page.eval("window.candorMarker = 'same document'; true");
    site.replace(
        "content/storage.toml",
        "country = \"DE\"",
        "country = \"Germany\"",
    );
    server.eventually("the overlay in the page", || {
        page.eval_str(OVERLAY_TEXT).contains("unknown country code")
    });
    let overlay = page.eval_str(OVERLAY_TEXT);
    assert!(overlay.contains("content/storage.toml:10:11"), "{overlay}");
    assert_eq!(
        page.eval("window.candorMarker"),
        Some(json!("same document")),
        "an error must not reload the page"
    );
    assert_eq!(
        page.eval_str("document.activeElement.className"),
        "candor-overlay-close",
        "the overlay's close button has the focus"
    );
    // Under the overlay, the last good page: the changed English text (which also moved the
    // preview's date to today).
    assert!(
        page.eval_str("document.body.innerText")
            .contains("Yes indeed")
    );

    // Fixed: the page reloads, and the overlay is gone.
    site.replace(
        "content/storage.toml",
        "country = \"Germany\"",
        "country = \"DE\"",
    );
    server.eventually("the overlay to go", || {
        page.eval(
            "document.readyState === 'complete' && window.candorMarker === undefined \
             && !document.querySelector('[role=alertdialog]')",
        ) == Some(Value::Bool(true))
    });
}

#[test]
fn a_locale_file_nested_too_deep_is_shown_and_the_preview_lives_on() {
    // 3,000 nested placeables overflowed the parser's stack and killed the preview.
    let site = Site::example();
    let n = 3000;
    site.write(
        "locales/nl/deep.ftl",
        &format!("deep = {}x{}\n", "{".repeat(n), "}".repeat(n)),
    );
    let server = Server::start(&site);
    let page = server.get("/en/");
    assert_eq!(page.status, 503);
    assert!(page.body.contains("nested more than"), "{}", page.body);
    std::fs::remove_file(site.path("locales/nl/deep.ftl")).unwrap();
    server.eventually("the first good build", || server.get("/en/").status == 200);
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_site_never_shows_its_target_in_the_preview() {
    let site = Site::example();
    site.write("../secret-for-serve.txt", "DEPLOY_KEY=hunter2-serve\n");
    std::fs::remove_file(site.path("locales/de/chrome.ftl")).unwrap();
    std::os::unix::fs::symlink(
        site.path("../secret-for-serve.txt"),
        site.path("locales/de/chrome.ftl"),
    )
    .unwrap();
    let server = Server::start(&site);
    let page = server.get("/de/");
    assert_eq!(page.status, 503);
    assert!(page.body.contains("outside the site"), "{}", page.body);
    assert!(!page.body.contains("hunter2"));
    let _ = std::fs::remove_file(site.path("../secret-for-serve.txt"));
}

#[test]
fn the_overlay_lists_errors_before_warnings_and_wraps_its_lines() {
    let site = Site::example();
    // Warnings in a file whose path sorts before the error's.
    let obsolete: String = (1..=12).map(|n| format!("leftover-{n} = x\n")).collect();
    site.write(
        "locales/de/chrome.ftl",
        &(site.read("locales/de/chrome.ftl") + &obsolete),
    );
    let server = Server::start(&site);
    site.replace(
        "locales/nl/chrome.ftl",
        "last-modified = Laatst gewijzigd: { $date }",
        "last-modified = Laatst gewijzigd: { $datum }",
    );
    server.eventually("the error overlay", || {
        server.get("/en/").body.contains(OVERLAY)
    });
    let body = server.get("/en/").body;
    let error = body.find("$datum").expect("the error is shown");
    let warning = body.find("is obsolete").expect("the warnings are shown");
    assert!(error < warning, "the error comes first:\n{body}");
    // The example has a warning of its own beside the twelve.
    assert!(
        body.contains("tabindex=\"0\">1 error, 13 warnings\n"),
        "the overlay counts them:\n{body}"
    );
    let style = server.get("/__candor/live.css").body;
    assert!(style.contains("white-space: pre-wrap"), "{style}");
}

#[test]
fn a_new_site_is_served_at_once_with_its_placeholders_warned_about() {
    let site = Site::empty();
    common::candor(&["init", &site.arg()], &[]).success();
    let before = tree(site.root());
    let server = Server::start(&site);
    let en = server.get("/en/");
    assert_eq!(en.status, 200, "{}", server.log());
    assert!(en.body.contains("Example Ltd"), "{}", en.body);
    assert!(
        !en.body.contains(OVERLAY),
        "placeholders do not stop the preview"
    );
    server.eventually("the placeholder warnings", || {
        server
            .log()
            .contains("`Example Ltd` is a placeholder, shown here but never published")
    });
    drop(server);
    assert_same_tree(&before, &tree(site.root()));
}

#[test]
fn live_reload_sockets_leave_room_for_pages() {
    // qa67: 256 live-reload sockets held every connection the preview accepts, and a page
    // asked for then waited until one closed. Sockets beyond their own bound are refused at
    // once (503), and pages are still served.
    let site = Site::example();
    let server = Server::start(&site);
    let url = format!("ws://127.0.0.1:{}/__candor/ws", server.port);
    let origin = format!("http://127.0.0.1:{}", server.port);
    let mut open = Vec::new();
    let mut refused = 0;
    for _ in 0..300 {
        match LiveSocket::try_connect(server.port, &url, Some(&origin)) {
            Ok(socket) => open.push(socket),
            Err(Refused {
                status: 503,
                headers,
                ..
            }) => {
                refused += 1;
                // With the headers of every other answer (qa84: the refusal had none).
                for (name, value) in [
                    ("cache-control", "no-store"),
                    ("x-content-type-options", "nosniff"),
                    ("x-frame-options", "DENY"),
                ] {
                    assert_eq!(
                        headers.get(name).and_then(|v| v.to_str().ok()),
                        Some(value),
                        "{headers:?}"
                    );
                }
            }
            Err(Refused { status, .. }) => panic!("refused with {status}"),
        }
    }
    assert!(
        refused > 0 && !open.is_empty(),
        "{} open, {refused} refused",
        open.len()
    );
    assert_eq!(server.get("/en/").status, 200);
    // The sockets open still hear of a build.
    open[0].next();
}

/// qa93: the warnings of a good build (a number the source does not have, a stale message)
/// were printed on the terminal only: a translator working in the browser never saw them. The
/// socket carries them with each build, for the page to show beside it; a build without any
/// carries none.
#[test]
fn the_socket_carries_a_good_builds_warnings() {
    let site = Site::example();
    let server = Server::start(&site);
    let mut socket = LiveSocket::connect(server.port);
    let hello = socket.next();
    assert_eq!(hello["type"], "hello");
    // The example's own: countries not given.
    let warnings = hello["warnings"].as_str().expect("the warnings");
    assert!(warnings.starts_with("1 warning\n"), "{warnings}");
    assert!(
        warnings.contains("say whether data leaves the EEA"),
        "{warnings}"
    );
    site.replace(
        "locales/de/sections.ftl",
        "processing-heading = ",
        "processing-heading = (seit 2019) ",
    );
    let reload = socket.next();
    assert_eq!(reload["type"], "reload", "{reload}\n{}", server.log());
    let warnings = reload["warnings"].as_str().expect("the warnings");
    assert!(warnings.starts_with("2 warnings\n"), "{warnings}");
    assert!(warnings.contains("`2019`"), "{warnings}");
    assert!(
        names_position(warnings, "locales/de/sections.ftl"),
        "{warnings}"
    );
    // A comment above it moves the warning, and changes no page: the panel follows, with the
    // same build, so that no page reloads.
    let text = site.read("locales/de/sections.ftl");
    site.write("locales/de/sections.ftl", &format!("# a note\n{text}"));
    let moved = socket.next();
    assert_eq!(moved["build"], reload["build"], "{moved}\n{}", server.log());
    let now = moved["warnings"].as_str().expect("the warnings");
    assert!(now.contains("`2019`") && now != warnings, "{now}");
}

#[test]
fn a_preview_of_a_translation_missing_a_message_says_parts_are_not_translated_yet() {
    // qa139: a German page missing a message showed the English in its place in the preview
    // without the notice it gives for words not translated yet, and the English of a `t()`
    // message was not marked as English. A build refuses a missing message, so nothing was
    // published so.
    let site = Site::example();
    site.replace(
        "locales/de/sections.ftl",
        "access-heading = Wer hat Zugriff auf die Daten?\n",
        "",
    );
    site.replace(
        "locales/de/sections.ftl",
        "intro-body =",
        "intro-body-gone =",
    );
    // One the archive's copies of publications that did not record it take from today's.
    site.replace(
        "locales/de/annex.ftl",
        "annex-title = Anlage zum Auftragsverarbeitungsvertrag mit { $org }\n",
        "",
    );
    let server = Server::start(&site);
    let page = |path: &str| {
        let body = server.get(path).body;
        common::Page {
            path: path.into(),
            lang: None,
            html: scraper::Html::parse_document(&body),
            source: body,
        }
    };
    let de = page("/de/");
    assert_eq!(
        de.text_of(".untranslated-notice"),
        "Teile dieses Dokuments sind noch nicht übersetzt und lauten wie das Original: English"
    );
    let english = |within: &str| -> String {
        let selector = scraper::Selector::parse("[lang='en']").unwrap();
        (de.all(within).iter())
            .flat_map(|e| e.select(&selector))
            .map(common::text)
            .collect()
    };
    assert!(
        english("#access-h").contains("Who has access to the data?"),
        "{}",
        de.text_of("#access-h")
    );
    assert!(english("main").contains("complies with the GDPR"));
    // The languages it is not missing from say nothing of the kind.
    assert!(page("/nl/").all(".untranslated-notice").is_empty());
    // The review view too, whose summary and print margins candor's code formats (qa141: it
    // answered 500, "no message `access-heading` in locales/de").
    let review = server.get("/__candor/review/de/index.html");
    assert_eq!(review.status, 200, "{}", review.body);
    assert!(review.body.contains("Who has access to the data?"));
    assert!(!review.body.contains("no message"), "{}", review.body);
    let copy = server.get("/__candor/review/de/archive/2022-03-10/annex/index.html");
    assert_eq!(copy.status, 200, "{}", copy.body);
    assert!(
        copy.body
            .contains("Annex to the data processing agreement with Luscii")
    );
}
