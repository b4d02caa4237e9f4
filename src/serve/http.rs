//! The preview's HTTP server: an axum router on a tokio runtime of its own thread.
//!
//! - `/__candor/live.js`, `/__candor/live.css`: the live-reload client and its overlay's look;
//! - `/__candor/ws`: the live-reload WebSocket. It says `hello` (the current build, and the
//!   error while the site is broken) on connect, then `reload` after each good build that
//!   changed a page, and `error` after each failed one;
//! - everything else: the last good build, from memory. `/` is `index.html`, `/de/` is
//!   `de/index.html`, `/de` redirects to `/de/`; HTML gets the live-reload script (and the
//!   overlay while the site is broken).

use std::net::TcpListener;
use std::sync::Arc;
use std::sync::mpsc::Sender;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::broadcast::error::RecvError;

use super::inject::{self, SCRIPT_PATH, SOCKET_PATH, STYLE_PATH};
use super::{Event, Kind, Live};

const LIVE_JS: &str = include_str!("live.js");
const LIVE_CSS: &str = include_str!("live.css");

/// Starts the server on its own thread. When it stops, the main thread hears of it on `tx`.
pub fn spawn(listener: TcpListener, live: Arc<Live>, tx: Sender<Event>) -> anyhow::Result<()> {
    listener.set_nonblocking(true)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    std::thread::Builder::new()
        .name("candor-serve".into())
        .spawn(move || {
            let result = runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                axum::serve(listener, router(live)).await?;
                anyhow::Ok(())
            });
            let _ = tx.send(Event::ServerStopped(result));
        })?;
    Ok(())
}

fn router(live: Arc<Live>) -> Router {
    Router::new()
        .route(
            SCRIPT_PATH,
            get(|| async { asset(LIVE_JS, "text/javascript; charset=utf-8") }),
        )
        .route(
            STYLE_PATH,
            get(|| async { asset(LIVE_CSS, "text/css; charset=utf-8") }),
        )
        .route(SOCKET_PATH, get(socket))
        .fallback(page)
        .with_state(live)
}

fn asset(text: &'static str, content_type: &'static str) -> Response {
    respond(StatusCode::OK, content_type, Body::from(text))
}

/// A response that no cache keeps: the preview changes under it.
fn respond(status: StatusCode, content_type: &str, body: Body) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

async fn socket(ws: WebSocketUpgrade, State(live): State<Arc<Live>>) -> Response {
    ws.on_upgrade(move |socket| talk(socket, live))
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

/// Where a request path leads in the built files.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    File(String),
    /// A folder asked for without its slash: relative links need it.
    Redirect(String),
    Missing,
}

fn resolve(files: &crate::render::Files, path: &str) -> Target {
    let Some(decoded) = percent_decode(path) else {
        return Target::Missing;
    };
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
    if files.contains_key(&key) {
        Target::File(key)
    } else if !rel.is_empty() && files.contains_key(&format!("{rel}/index.html")) {
        Target::Redirect(format!("{path}/"))
    } else {
        Target::Missing
    }
}

/// Decodes `%XX` escapes; `None` if they are malformed or the result is not UTF-8.
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The content type of a built file, by its extension.
fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "jsonld" => "application/ld+json",
        "xml" => "application/xml; charset=utf-8",
        "atom" => "application/atom+xml",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
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
    let state = live.current();
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let html = |text: &str| inject::page(text, &state.build, state.error.as_deref(), host);
    match resolve(&state.files, uri.path()) {
        Target::File(key) => {
            let bytes = &state.files[&key];
            let kind = content_type(&key);
            let body = match std::str::from_utf8(bytes) {
                Ok(text) if kind.starts_with("text/html") => Body::from(html(text)),
                _ => Body::from(bytes.clone()),
            };
            respond(StatusCode::OK, kind, body)
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
        Target::Missing => {
            let built = !state.files.is_empty();
            let status = if built {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::SERVICE_UNAVAILABLE
            };
            let body = html(&inject::missing_page(uri.path(), built));
            respond(status, "text/html; charset=utf-8", Body::from(body))
        }
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

    #[test]
    fn paths_resolve_to_built_files() {
        let f = files();
        assert_eq!(resolve(&f, "/"), Target::File("index.html".into()));
        assert_eq!(resolve(&f, "/de/"), Target::File("de/index.html".into()));
        assert_eq!(
            resolve(&f, "/de/index.html"),
            Target::File("de/index.html".into())
        );
        assert_eq!(resolve(&f, "/style.css"), Target::File("style.css".into()));
        assert_eq!(
            resolve(&f, "/%73tyle.css"),
            Target::File("style.css".into())
        );
        assert_eq!(resolve(&f, "/de"), Target::Redirect("/de/".into()));
        assert_eq!(
            resolve(&f, "/de/archive"),
            Target::Redirect("/de/archive/".into())
        );
        assert_eq!(resolve(&f, "/fr/"), Target::Missing);
        assert_eq!(resolve(&f, "/de/../index.html"), Target::Missing);
        assert_eq!(resolve(&f, "/de/%2e%2e/index.html"), Target::Missing);
        assert_eq!(resolve(&f, "/%zz"), Target::Missing);
        assert_eq!(resolve(&f, "//de/"), Target::Missing);
    }

    #[test]
    fn content_types_follow_the_extension() {
        assert_eq!(content_type("de/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("dpv.jsonld"), "application/ld+json");
        assert_eq!(
            content_type("en/feed.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("subprocessors.csv"), "text/csv; charset=utf-8");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
