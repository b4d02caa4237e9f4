//! The preview's HTTP server: an axum router on a tokio runtime of its own thread.
//!
//! - `/__candor/live.js`, `/__candor/live.css`: the live-reload client and its overlay's look;
//! - `/__candor/ws`: the live-reload WebSocket. It says `hello` (the current build, and the
//!   error while the site is broken) on connect, then `reload` after each good build that
//!   changed a page, and `error` after each failed one;
//! - everything else: the last good build, from memory. `/` is `index.html`, `/de/` is
//!   `de/index.html`, `/de` redirects to `/de/`; HTML gets the live-reload script (and the
//!   overlay while the site is broken).
//!
//! It answers only requests for itself ([`guard`]): the `Host` must be `127.0.0.1`,
//! `localhost` or `[::1]` with the port it listens on, and an `Origin`, which every WebSocket
//! upgrade must carry, must be that same origin. Anything else gets an empty 403, so neither a
//! page elsewhere whose name was made to resolve to 127.0.0.1 (DNS rebinding) nor one that opens
//! the live-reload socket from another tab (cross-site WebSocket hijacking) reads the preview.
//!
//! Connections are accepted by [`accept`] rather than `axum::serve`, to bound what clients
//! can hold: at most [`MAX_CONNECTIONS`] are open at once (more wait to be accepted), of them
//! at most [`MAX_SOCKETS`] live-reload sockets, one that has not sent a request's header block
//! within [`HEADER_TIMEOUT`] is closed, so is one that reads nothing of what it is sent within
//! [`WRITE_TIMEOUT`], and a
//! failing `accept` (out of file descriptors) is reported and retried after
//! [`ACCEPT_BACKOFF`], while the connections already open are served.

use std::io;
use std::net::TcpListener;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use percent_encoding::percent_decode_str;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::inject::{self, SCRIPT_PATH, SOCKET_PATH, STYLE_PATH, Shown};
use super::{Event, Kind, Live, Preview, REVIEW};
use crate::render::Files;

const LIVE_JS: &str = include_str!("live.js");
const LIVE_CSS: &str = include_str!("live.css");

/// How long a client has to send a request's header block, counted from when the connection
/// is ready for one: a connection that sends nothing, or only part of a request, is closed
/// then. A browser on this machine sends its headers at once, and opens a new connection
/// when an idle one was closed.
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);

/// At most this many connections are open at once, live-reload sockets included; more wait
/// to be accepted until one closes. A few browser tabs use a few dozen; the bound keeps the
/// process well within the usual limit of 1024 file descriptors.
const MAX_CONNECTIONS: usize = 256;

/// At most this many of the [`MAX_CONNECTIONS`] are live-reload sockets, which stay open as
/// long as their page: one more is refused (503), so that pages are still served (qa67: 256
/// sockets held every place, and a page waited until one closed).
const MAX_SOCKETS: usize = 64;

/// How long a write may wait for the client to read: one that reads nothing (a page asked for
/// many times over and never read) is closed then, and gives its place back.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// How long to wait before accepting again after accepting failed, which it does when the
/// process is out of file descriptors (until connections close).
const ACCEPT_BACKOFF: Duration = Duration::from_millis(250);

/// Starts the server on its own thread. When it stops, the main thread hears of it on `tx`.
pub fn spawn(listener: TcpListener, live: Arc<Live>, tx: Sender<Event>) -> anyhow::Result<()> {
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    crate::threads::named("candor-serve").spawn(move || {
        let result = runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener)?;
            accept(listener, router(live, port)).await
        });
        let _ = tx.send(Event::ServerStopped(result));
    })?;
    Ok(())
}

/// Serves each connection on `listener` with `app`, on a task of its own, at most
/// [`MAX_CONNECTIONS`] at once, and survives a failing `accept`.
async fn accept(listener: tokio::net::TcpListener, app: Router) -> anyhow::Result<()> {
    let mut connection = hyper::server::conn::http1::Builder::new();
    connection
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let places = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    // Whether the last accept failed: a run of failures is reported once.
    let mut failing = false;
    loop {
        // Waiting for a place before accepting leaves the connections beyond the bound in the
        // listen queue, where they cost the process nothing.
        let place = places.clone().acquire_owned().await?;
        let stream = match listener.accept().await {
            Ok((stream, _)) => {
                failing = false;
                stream
            }
            // The connection ended before it was accepted: nothing to wait for.
            Err(e) if is_connection_error(&e) => continue,
            Err(e) => {
                if !failing {
                    crate::errln!("warning: cannot accept connections for now ({e}); retrying");
                    failing = true;
                }
                tokio::time::sleep(ACCEPT_BACKOFF).await;
                continue;
            }
        };
        let served = connection
            .serve_connection(
                TokioIo::new(Counted {
                    stream,
                    _place: place,
                    stalled: None,
                }),
                TowerToHyperService::new(app.clone()),
            )
            .with_upgrades();
        tokio::spawn(async move {
            // A client that goes away, or sends nonsense, ends only its own connection.
            let _ = served.await;
        });
    }
}

/// A connection's socket and its place among the [`MAX_CONNECTIONS`], given back when the
/// socket closes, whether it served pages or became a live-reload socket. A write that waits
/// longer than [`WRITE_TIMEOUT`] for the client fails, which closes it.
struct Counted {
    stream: TcpStream,
    _place: OwnedSemaphorePermit,
    /// Since when a write has waited, while one does.
    stalled: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl Counted {
    /// `poll`'s result, or once a write has waited [`WRITE_TIMEOUT`] for the client, an error.
    fn timed<T>(
        &mut self,
        cx: &mut Context<'_>,
        poll: impl FnOnce(Pin<&mut TcpStream>, &mut Context<'_>) -> Poll<io::Result<T>>,
    ) -> Poll<io::Result<T>> {
        match poll(Pin::new(&mut self.stream), cx) {
            Poll::Ready(done) => {
                self.stalled = None;
                Poll::Ready(done)
            }
            Poll::Pending => {
                let stalled = (self.stalled)
                    .get_or_insert_with(|| Box::pin(tokio::time::sleep(WRITE_TIMEOUT)));
                match stalled.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready(Err(io::ErrorKind::TimedOut.into())),
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }
}

impl AsyncRead for Counted {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Counted {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.get_mut().timed(cx, |s, cx| s.poll_write(cx, buf))
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        self.get_mut()
            .timed(cx, |s, cx| s.poll_write_vectored(cx, bufs))
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.get_mut().timed(cx, |s, cx| s.poll_flush(cx))
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}

/// Whether a failed `accept` concerned only the connection being accepted.
fn is_connection_error(e: &io::Error) -> bool {
    use io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    matches!(
        e.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    )
}

/// The preview's routes, behind [`guard`]; `port` is the one it listens on.
fn router(live: Arc<Live>, port: u16) -> Router {
    Router::new()
        .route(
            SCRIPT_PATH,
            get(|| async { asset(LIVE_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            STYLE_PATH,
            get(|| async { asset(LIVE_CSS, "text/css; charset=utf-8") }),
        )
        .route(SOCKET_PATH, {
            let sockets = Arc::new(Semaphore::new(MAX_SOCKETS));
            get(move |ws: WebSocketUpgrade, State(live): State<Arc<Live>>| {
                socket(ws, live, sockets.clone())
            })
        })
        .fallback(page)
        .with_state(live)
        .layer(middleware::from_fn_with_state(port, guard))
}

/// Answers only what [`admits`] lets through; anything else gets an empty 403.
async fn guard(State(port): State<u16>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let websocket = request.uri().path() == SOCKET_PATH || headers.contains_key(header::UPGRADE);
    let admitted = match (
        single(headers, header::HOST),
        single(headers, header::ORIGIN),
    ) {
        (Ok(host), Ok(origin)) => admits(
            port,
            host,
            request.uri().authority().map(|a| a.as_str()),
            origin,
            websocket,
        ),
        _ => false,
    };
    if admitted {
        // Axum's own answers too (a 405, a socket asked for without its upgrade) keep out of
        // caches and frames (qa88).
        let mut response = next.run(request).await;
        guarded(response.headers_mut());
        response
    } else {
        respond(
            StatusCode::FORBIDDEN,
            "text/plain; charset=utf-8",
            Body::empty(),
        )
    }
}

/// The value of a header that may appear at most once; `Err` if it appears more often or is
/// not visible ASCII.
fn single(headers: &HeaderMap, name: HeaderName) -> Result<Option<&str>, ()> {
    let mut values = headers.get_all(name).iter();
    match (values.next(), values.next()) {
        (None, _) => Ok(None),
        (Some(value), None) => value.to_str().map(Some).map_err(|_| ()),
        (Some(_), Some(_)) => Err(()),
    }
}

/// Whether the preview listening on 127.0.0.1:`port` answers a request with these `Host`,
/// request-target authority (absolute-form only) and `Origin`.
///
/// The `Host` must name the preview itself, so that a page whose name was made to resolve to
/// 127.0.0.1 (DNS rebinding) reads nothing. An `Origin` must be the preview's own, and a
/// WebSocket upgrade must carry one: browsers send it on cross-site requests and on every
/// WebSocket, but not on navigation, so a page elsewhere cannot listen to the live-reload
/// socket (cross-site WebSocket hijacking).
fn admits(
    port: u16,
    host: Option<&str>,
    authority: Option<&str>,
    origin: Option<&str>,
    websocket: bool,
) -> bool {
    let ours = |authority: &str| names_preview(authority, port);
    let origin_ok = match origin {
        Some(origin) => {
            origin
                .get(..7)
                .is_some_and(|scheme| scheme.eq_ignore_ascii_case("http://"))
                && ours(&origin[7..])
        }
        None => !websocket,
    };
    host.is_some_and(ours) && authority.is_none_or(ours) && origin_ok
}

/// Whether `authority` (`host[:port]`) is one of the preview's own: 127.0.0.1, localhost or
/// [::1], on `port` (the port may be left out only when it is HTTP's default, 80).
fn names_preview(authority: &str, port: u16) -> bool {
    let (name, given) = match authority.rsplit_once(':') {
        // `[::1]` alone has colons but no port.
        Some((name, given)) if !given.contains(']') => (name, Some(given)),
        _ => (authority, None),
    };
    let port_ok = match given {
        Some(given) => given == port.to_string(),
        None => port == 80,
    };
    port_ok
        && ["127.0.0.1", "localhost", "[::1]"]
            .iter()
            .any(|own| name.eq_ignore_ascii_case(own))
}

fn asset(text: &'static str, content_type: &'static str) -> Response {
    respond(StatusCode::OK, content_type, Body::from(text))
}

/// A response that no cache keeps (the preview changes under it) and no other site shows in a
/// frame of its own (where it could lead a click onto the preview).
fn respond(status: StatusCode, content_type: &str, body: Body) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    guarded(headers);
    response
}

/// The headers every answer of the preview carries, where it does not have them already.
fn guarded(headers: &mut HeaderMap) {
    for (name, value) in [
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CONTENT_SECURITY_POLICY, "frame-ancestors 'none'"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
}

/// Upgrades to a live-reload socket while fewer than [`MAX_SOCKETS`] are open.
async fn socket(ws: WebSocketUpgrade, live: Arc<Live>, sockets: Arc<Semaphore>) -> Response {
    let Ok(place) = sockets.try_acquire_owned() else {
        return respond(
            StatusCode::SERVICE_UNAVAILABLE,
            "text/plain; charset=utf-8",
            Body::from("too many live-reload connections\n"),
        );
    };
    ws.on_upgrade(move |socket| async move {
        let _place = place;
        talk(socket, live).await;
    })
}

/// One page's live-reload connection.
async fn talk(mut socket: WebSocket, live: Arc<Live>) {
    // Subscribe before reading the state: a build finishing in between is then sent twice,
    // never missed.
    let mut events = live.subscribe();
    let hello = live.current().message(Kind::Hello);
    if socket.send(Message::text(hello)).await.is_err() {
        return;
    }
    loop {
        tokio::select! {
            event = events.recv() => {
                let text = match event {
                    Ok(text) => text.to_string(),
                    // Too far behind: the current state says everything that was missed.
                    Err(RecvError::Lagged(_)) => live.current().message(Kind::Hello),
                    Err(RecvError::Closed) => return,
                };
                if socket.send(Message::text(text)).await.is_err() {
                    return;
                }
            }
            incoming = socket.recv() => match incoming {
                Some(Ok(Message::Close(_)) | Err(_)) | None => return,
                Some(Ok(_)) => {}
            }
        }
    }
}

/// The state that answers `path`, the archive's copies of its build if they are made, and
/// where `path` leads among its files. A path that none of the pages answers may be one of the
/// archive's copies: while they are being made, it waits for them; when a newer build gave
/// them up, it asks that one.
async fn find(live: &Live, path: &str) -> (Arc<Preview>, Option<Arc<Files>>, Target) {
    let mut state = live.current();
    loop {
        let review = state.review.clone();
        let own = move |rel: &str| {
            review
                .as_ref()
                .is_some_and(|r| r.language_of(rel).is_some())
        };
        let archive = state.archive.get();
        let in_build = |key: &str| {
            state.files.contains_key(key) || archive.as_ref().is_some_and(|a| a.contains_key(key))
        };
        let target = resolve(in_build, &own, path);
        if target != Target::Missing || archive.is_some() {
            return (state, archive, target);
        }
        let pending = state.archive.clone();
        let made = tokio::task::spawn_blocking(move || pending.wait())
            .await
            .ok()
            .flatten();
        let newer = live.current();
        if made.is_none() && newer.build != state.build {
            state = newer;
            continue;
        }
        let in_build = |key: &str| {
            state.files.contains_key(key) || made.as_ref().is_some_and(|a| a.contains_key(key))
        };
        let target = resolve(in_build, &own, path);
        return (state, made, target);
    }
}

/// Where a request path leads in the built files.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    File(String),
    /// One of the review view's own files (a language's review page or its stylesheet), by its
    /// path below the review's folder: made when asked for ([`super::review`]).
    Review(String),
    /// A folder asked for without its slash: relative links need it.
    Redirect(String),
    Missing,
}

/// The built file that answers `path`. The review view (`/__candor/review/`) has only its own
/// files, which `own` recognises by their path below it (the review pages and their
/// stylesheets); for the rest of it, what the site has at the same path below answers, as if
/// the review held a copy of the whole site.
fn resolve(in_site: impl Fn(&str) -> bool, own: impl Fn(&str) -> bool, path: &str) -> Target {
    // `%XX` escapes decoded once; a `%` not followed by two hex digits stays as it is (no built
    // file has such a name). Not UTF-8: no such file either.
    let Ok(decoded) = percent_decode_str(path).decode_utf8() else {
        return Target::Missing;
    };
    let review = format!("/{}", REVIEW.trim_end_matches('/'));
    match decoded.strip_prefix(&review) {
        // `rest` is the path below the review's folder; the folder itself is answered as a
        // folder asked for without its slash.
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            match resolve_decoded(|key| own(key) || in_site(key), rest, rest) {
                Target::File(key) if own(&key) => Target::Review(key),
                Target::File(_) if rest.is_empty() => Target::Redirect(format!("{path}/")),
                Target::Redirect(_) => Target::Redirect(format!("{path}/")),
                found => found,
            }
        }
        _ => resolve_decoded(&in_site, path, &decoded),
    }
}

/// [`resolve`]'s look-up of `decoded`, which `path` is before its escapes are decoded, among
/// the files that `exists` says there are.
fn resolve_decoded(exists: impl Fn(&str) -> bool, path: &str, decoded: &str) -> Target {
    let rel = decoded.trim_start_matches('/');
    if rel
        .split('/')
        .any(|part| part == ".." || part == "." || part.contains('\\'))
        || rel.contains('\0')
        || decoded.contains("//")
    {
        return Target::Missing;
    }
    let key = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    };
    if exists(&key) {
        Target::File(key)
    } else if !rel.is_empty() && exists(&format!("{rel}/index.html")) {
        Target::Redirect(format!("{path}/"))
    } else {
        Target::Missing
    }
}

/// The content type of a built file, by its extension, as a static host would send it: from
/// `mime_guess` (tower-http's `ServeDir` uses the same table), except that `.xml` is
/// `application/xml`, which Apache (its `mime.types`) and the previous table say, where
/// `mime_guess` says `text/xml`, an alias (RFC 7303). The Atom feeds are `feed.xml`, and a host
/// goes by the extension, so they are `application/xml` too, not `application/atom+xml`.
/// Text, XML included, is UTF-8 and says so; JSON has no charset parameter (RFC 8259).
fn content_type(path: &str) -> String {
    let xml = std::path::Path::new(path)
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("xml"));
    let essence = if xml {
        "application/xml"
    } else {
        mime_guess::from_path(path)
            .first_raw()
            .unwrap_or("application/octet-stream")
    };
    if essence.starts_with("text/") || essence == "application/xml" {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

/// Serves the last good build.
async fn page(
    State(live): State<Arc<Live>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = respond(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain; charset=utf-8",
            Body::from("the preview only answers GET and HEAD\n"),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let (state, archive, target) = find(&live, uri.path()).await;
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let html =
        |text: &str, shown| inject::page(text, shown, &state.build, state.error.as_deref(), host);
    let review = state.review.clone();
    let file = |key: &str, bytes: &[u8]| {
        let kind = content_type(key);
        let body = match std::str::from_utf8(bytes) {
            Ok(text) if kind.starts_with("text/html") => Body::from(html(text, Shown::Built)),
            _ => Body::from(bytes.to_vec()),
        };
        respond(StatusCode::OK, &kind, body)
    };
    let not_found = || {
        let (status, shown) = if state.files.is_empty() {
            (StatusCode::SERVICE_UNAVAILABLE, Shown::Unbuilt)
        } else {
            (StatusCode::NOT_FOUND, Shown::Own)
        };
        let body = html(&inject::missing_page(uri.path(), shown), shown);
        respond(status, "text/html; charset=utf-8", Body::from(body))
    };
    match target {
        // Found among the pages or the archive `find` returned.
        Target::File(key) => {
            let archived = archive.as_ref().and_then(|a| a.get(&key));
            match state.files.get(&key).or(archived) {
                Some(bytes) => file(&key, bytes),
                None => not_found(),
            }
        }
        Target::Review(rel) => {
            // Made on a thread that may block: comparing a large page takes a while, and a
            // second request for the same language waits for the first to make it.
            let made = match review {
                Some(review) => {
                    let rel = rel.clone();
                    tokio::task::spawn_blocking(move || review.file(&rel))
                        .await
                        .unwrap_or_else(|_| {
                            Some(Err("candor crashed while making the review page (a bug: \
                                      please report it)"
                                .into()))
                        })
                }
                None => None,
            };
            match made {
                Some(Ok(bytes)) => file(&rel, &bytes),
                Some(Err(problems)) => respond(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "text/html; charset=utf-8",
                    Body::from(html(
                        &inject::review_failed_page(uri.path(), &problems),
                        Shown::Own,
                    )),
                ),
                None => not_found(),
            }
        }
        Target::Redirect(to) => {
            let location = match uri.query() {
                Some(q) => format!("{to}?{q}"),
                None => to,
            };
            let mut response = respond(
                StatusCode::PERMANENT_REDIRECT,
                "text/plain; charset=utf-8",
                Body::empty(),
            );
            if let Ok(value) = HeaderValue::from_str(&location) {
                response.headers_mut().insert(header::LOCATION, value);
            }
            response
        }
        Target::Missing => not_found(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> crate::render::Files {
        [
            "index.html",
            "de/index.html",
            "style.css",
            "de/archive/index.html",
        ]
        .into_iter()
        .map(|p| (p.to_string(), Vec::new()))
        .collect()
    }

    /// Look-up among `files`.
    fn among(files: &Files) -> impl Fn(&str) -> bool + '_ {
        |key| files.contains_key(key)
    }

    /// A preview with no review view: no good build yet.
    fn no_review(_: &str) -> bool {
        false
    }

    #[test]
    fn the_review_view_falls_back_on_the_site_s_files() {
        let f = files();
        let review = |p: &str| p == "de/index.html" || p == "de/review.css";
        let own = |p: &str| Target::Review(p.to_string());
        let site = |p: &str| Target::File(p.to_string());
        let redirect = |p: &str| Target::Redirect(p.to_string());
        for (path, expected) in [
            // Its own files first.
            ("/__candor/review/de/", own("de/index.html")),
            ("/__candor/review/de/review.css", own("de/review.css")),
            ("/__candor/review/de/index.htm%6C", own("de/index.html")),
            // Then the site's, at the same path below it.
            ("/__candor/review/", site("index.html")),
            ("/__candor/review/style.css", site("style.css")),
            (
                "/__candor/review/de/archive/",
                site("de/archive/index.html"),
            ),
            // A folder without its slash, the review's own included, keeps the review's path.
            ("/__candor/review", redirect("/__candor/review/")),
            ("/__candor/review/de", redirect("/__candor/review/de/")),
            (
                "/__candor/review/de/archive",
                redirect("/__candor/review/de/archive/"),
            ),
        ] {
            assert_eq!(resolve(among(&f), review, path), expected, "{path}");
        }
        // Nothing else; and the review's own files are none of the site's.
        for missing in [
            "/de/review.css",
            "/__candor/review/nl/",
            "/__candor/reviewde/index.html",
            "/__candor/review/../de/index.html",
            "/__candor/review/%2e%2e/style.css",
            "/__candor/review//style.css",
        ] {
            assert_eq!(
                resolve(among(&f), review, missing),
                Target::Missing,
                "{missing}"
            );
        }
    }

    #[test]
    fn paths_resolve_to_built_files() {
        let f = files();
        assert_eq!(
            resolve(among(&f), no_review, "/"),
            Target::File("index.html".into())
        );
        assert_eq!(
            resolve(among(&f), no_review, "/de/"),
            Target::File("de/index.html".into())
        );
        assert_eq!(
            resolve(among(&f), no_review, "/de/index.html"),
            Target::File("de/index.html".into())
        );
        assert_eq!(
            resolve(among(&f), no_review, "/style.css"),
            Target::File("style.css".into())
        );
        assert_eq!(
            resolve(among(&f), no_review, "/%73tyle.css"),
            Target::File("style.css".into())
        );
        assert_eq!(
            resolve(among(&f), no_review, "/de"),
            Target::Redirect("/de/".into())
        );
        assert_eq!(
            resolve(among(&f), no_review, "/de/archive"),
            Target::Redirect("/de/archive/".into())
        );
        assert_eq!(resolve(among(&f), no_review, "/fr/"), Target::Missing);
        assert_eq!(
            resolve(among(&f), no_review, "/de/../index.html"),
            Target::Missing
        );
        assert_eq!(
            resolve(among(&f), no_review, "/de/%2e%2e/index.html"),
            Target::Missing
        );
        assert_eq!(resolve(among(&f), no_review, "/%zz"), Target::Missing);
        assert_eq!(resolve(among(&f), no_review, "//de/"), Target::Missing);
    }

    #[test]
    fn escapes_are_decoded_once_and_then_checked() {
        let mut f = files();
        f.insert("a b/ü.css".into(), Vec::new());
        f.insert("%zz".into(), Vec::new());
        assert_eq!(
            resolve(among(&f), no_review, "/a%20b/%C3%BC.css"),
            Target::File("a b/ü.css".into())
        );
        // Escapes that hide a refused path are refused once decoded.
        for path in [
            "/de%2f..%2findex.html",
            "/de/%2E%2E/index.html",
            "/%2e/index.html",
            "/de%5c..%5cindex.html",
            "/index.html%00",
            "/%2fde/",
            "/de/%2f",
        ] {
            assert_eq!(
                resolve(among(&f), no_review, path),
                Target::Missing,
                "{path}"
            );
        }
        // Decoded once only: `%252e` is the file `%2e`, not `.`.
        assert_eq!(
            resolve(among(&f), no_review, "/%252e%252e/index.html"),
            Target::Missing
        );
        // Not UTF-8 once decoded, or an escape cut short: no file, no panic.
        assert_eq!(resolve(among(&f), no_review, "/%C3"), Target::Missing);
        assert_eq!(resolve(among(&f), no_review, "/%ff.css"), Target::Missing);
        assert_eq!(resolve(among(&f), no_review, "/%"), Target::Missing);
        assert_eq!(resolve(among(&f), no_review, "/de/%e"), Target::Missing);
        // A `%` that starts no escape is kept as it is.
        assert_eq!(
            resolve(among(&f), no_review, "/%zz"),
            Target::File("%zz".into())
        );
    }

    #[test]
    fn only_the_preview_itself_is_admitted() {
        let get = |host, origin| admits(4000, host, None, origin, false);
        let socket = |host, origin| admits(4000, host, None, origin, true);
        for host in [
            "127.0.0.1:4000",
            "localhost:4000",
            "[::1]:4000",
            "LOCALHOST:4000",
        ] {
            assert!(get(Some(host), None), "{host}");
            assert!(get(Some(host), Some("http://127.0.0.1:4000")), "{host}");
            assert!(socket(Some(host), Some("http://localhost:4000")), "{host}");
            assert!(socket(Some(host), Some("http://[::1]:4000")), "{host}");
        }
        for host in [
            None,
            Some(""),
            Some("127.0.0.1"),
            Some("127.0.0.1:4001"),
            Some("127.0.0.1:40000"),
            Some("127.0.0.1:+4000"),
            Some("127.0.0.1:"),
            Some("evil.example:4000"),
            Some("127.0.0.1.evil.example:4000"),
            Some("[::1]"),
            Some("[::2]:4000"),
            Some("0.0.0.0:4000"),
        ] {
            assert!(!get(host, None), "{host:?}");
            assert!(!socket(host, Some("http://127.0.0.1:4000")), "{host:?}");
        }
        for origin in [
            "null",
            "",
            "http://evil.example",
            "http://evil.example:4000",
            "http://127.0.0.1:4001",
            "http://127.0.0.1",
            "https://127.0.0.1:4000",
            "ws://127.0.0.1:4000",
            "http://127.0.0.1:4000/",
            "http://127.0.0.1:4000.evil.example",
            "http://",
            "http:/",
        ] {
            assert!(!get(Some("127.0.0.1:4000"), Some(origin)), "{origin}");
            assert!(!socket(Some("127.0.0.1:4000"), Some(origin)), "{origin}");
        }
        // A WebSocket must say where it comes from.
        assert!(!socket(Some("127.0.0.1:4000"), None));
        // The target's authority, when the request has one, must be ours too.
        assert!(admits(
            4000,
            Some("127.0.0.1:4000"),
            Some("localhost:4000"),
            None,
            false
        ));
        assert!(!admits(
            4000,
            Some("127.0.0.1:4000"),
            Some("evil.example"),
            None,
            false
        ));
        // On port 80, a browser leaves the port out.
        assert!(admits(
            80,
            Some("localhost"),
            None,
            Some("http://127.0.0.1"),
            true
        ));
        assert!(admits(80, Some("localhost:80"), None, None, false));
    }

    #[test]
    fn content_types_follow_the_extension() {
        // Every kind of file a build of the example writes (`candor build`: .html, .css, .json,
        // .jsonld, .xml, .csv, and the notice kit's .md, .eml, .ics), then what a theme's
        // `static/` may add. The integration test
        // `every_built_file_is_served_as_built_with_its_type` fails on a new kind.
        for (path, expected) in [
            ("de/index.html", "text/html; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("de/print.css", "text/css; charset=utf-8"),
            ("data.json", "application/json"),
            ("dpv.jsonld", "application/ld+json"),
            ("en/feed.xml", "application/xml; charset=utf-8"),
            ("subprocessors.csv", "text/csv; charset=utf-8"),
            // The notice kit.
            (
                "en/notices/2026-11-30/notice.md",
                "text/markdown; charset=utf-8",
            ),
            ("en/notices/2026-11-30/notice.eml", "message/rfc822"),
            (
                "en/notices/2026-11-30/notice.ics",
                "text/calendar; charset=utf-8",
            ),
            // A theme's static files.
            ("menu.js", "text/javascript; charset=utf-8"),
            ("logo.svg", "image/svg+xml"),
            ("font.woff2", "font/woff2"),
            ("logo.png", "image/png"),
            ("favicon.ico", "image/x-icon"),
            ("robots.txt", "text/plain; charset=utf-8"),
            // Extensions are matched without regard to case.
            ("INDEX.HTML", "text/html; charset=utf-8"),
            ("FEED.XML", "application/xml; charset=utf-8"),
            // No extension, or one nobody knows: bytes.
            ("LICENSE", "application/octet-stream"),
            (".candor-output", "application/octet-stream"),
            ("notes.unknown-extension", "application/octet-stream"),
        ] {
            assert_eq!(content_type(path), expected, "{path}");
        }
    }
}
