// candor serve: live reload, the error overlay and the panel of warnings.
//
// Served at /__candor/live.js and added to preview pages only; a built site never has it. It
// listens on /__candor/ws: "hello" on connect and "reload" after a good build carry the build's
// id (a different one than this page's means the page is out of date: reload) and its
// warnings, shown in a panel in a corner, closed until opened, which can be hidden until they
// change; "error" carries the diagnostics of a failed build, shown over the page until a good
// build reloads it. The socket reconnects when it drops (the server restarting, say), and
// says "hello" again.
(function () {
  "use strict";

  var script = document.currentScript;
  var build = script ? script.getAttribute("data-build") : null;
  // What the overlay says of the page behind it, as inject.rs's Shown says it: the server
  // knows whether it is the last good version of a page of the site.
  var AGAIN = "Fix the problems below and save: the page reloads by itself.";
  var SHOWN = {
    built: "This is the last good version of the page. " + AGAIN,
    unbuilt: "The site has not been built yet. " + AGAIN
  };
  var shown = SHOWN[script ? script.getAttribute("data-shown") : ""] || AGAIN;
  var OVERLAY = "candor-overlay";
  var delay = 250;
  var returnFocus = null;
  // The error text the reader closed: it is not shown again, a new one is.
  var dismissed = null;

  function overlay() {
    return document.getElementById(OVERLAY);
  }

  function close() {
    var o = overlay();
    if (!o) return;
    dismissed = o.querySelector("pre").textContent;
    remove();
  }

  function remove() {
    var o = overlay();
    if (!o) return;
    o.parentNode.removeChild(o);
    if (returnFocus && document.contains(returnFocus) && returnFocus.focus) returnFocus.focus();
    returnFocus = null;
  }

  function element(tag, attributes, text) {
    var e = document.createElement(tag);
    for (var name in attributes) e.setAttribute(name, attributes[name]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The same markup the server puts into pages served while the site is broken.
  function build_overlay() {
    var o = element("div", {
      id: OVERLAY,
      "class": "candor-overlay",
      role: "alertdialog",
      "aria-modal": "true",
      "aria-labelledby": "candor-overlay-title",
      "aria-describedby": "candor-overlay-text",
      lang: "en",
      dir: "ltr"
    });
    var box = element("div", { "class": "candor-overlay-box" });
    box.appendChild(element("h2", { id: "candor-overlay-title" }, "The site has errors"));
    box.appendChild(element("p", {}, shown));
    box.appendChild(element("pre", { id: "candor-overlay-text", tabindex: "0" }));
    box.appendChild(element("button", { type: "button", "class": "candor-overlay-close" }, "Close"));
    o.appendChild(box);
    return o;
  }

  // Close button and Escape close the dialog; Tab stays inside it (it is modal).
  function wire(o) {
    if (o.getAttribute("data-wired")) return;
    o.setAttribute("data-wired", "true");
    o.querySelector(".candor-overlay-close").addEventListener("click", close);
    o.addEventListener("keydown", function (e) {
      if (e.key === "Escape") {
        e.preventDefault();
        close();
      } else if (e.key === "Tab") {
        var stops = o.querySelectorAll("pre, button");
        var first = stops[0];
        var last = stops[stops.length - 1];
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    });
  }

  function show(text) {
    var o = overlay();
    if (!o) {
      if (text === dismissed) return;
      o = build_overlay();
      document.body.appendChild(o);
    }
    var pre = o.querySelector("pre");
    if (pre.textContent !== text) pre.textContent = text;
    dismissed = null;
    wire(o);
    if (!o.contains(document.activeElement)) {
      returnFocus = document.activeElement;
      o.querySelector(".candor-overlay-close").focus();
    }
  }

  // The warnings the reader hid: not shown again, in this tab, until they change.
  var WARNINGS = "candor-warnings";
  var HIDDEN = "candor-warnings-hidden";

  function hidden() {
    try {
      return sessionStorage.getItem(HIDDEN);
    } catch (e) {
      return null;
    }
  }

  function showWarnings(text) {
    var w = document.getElementById(WARNINGS);
    if (!text || text === hidden()) {
      if (w) w.parentNode.removeChild(w);
      return;
    }
    if (!w) {
      w = element("details", { id: WARNINGS, "class": "candor-warnings", lang: "en", dir: "ltr" });
      w.appendChild(element("summary", {}));
      w.appendChild(element("pre", { tabindex: "0" }));
      var hide = element("button", { type: "button" }, "Hide until they change");
      hide.addEventListener("click", function () {
        try {
          sessionStorage.setItem(HIDDEN, w.querySelector("pre").textContent);
        } catch (e) {}
        w.parentNode.removeChild(w);
      });
      w.appendChild(hide);
      document.body.appendChild(w);
    }
    var pre = w.querySelector("pre");
    if (pre.textContent !== text) pre.textContent = text;
    // Its first line: how many.
    w.querySelector("summary").textContent = text.split("\n")[0];
  }

  function receive(m) {
    if (m.type === "hello" || m.type === "reload") {
      if (m.build !== build && (m.type === "reload" || build !== null)) {
        location.reload();
        return;
      }
      if (m.error) show(m.error);
      else remove();
      showWarnings(m.error ? null : m.warnings);
    } else if (m.type === "error") {
      showWarnings(null);
      show(m.error);
    }
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss:" : "ws:";
    var socket;
    try {
      socket = new WebSocket(scheme + "//" + location.host + "/__candor/ws");
    } catch (e) {
      retry();
      return;
    }
    socket.onopen = function () {
      delay = 250;
    };
    socket.onmessage = function (e) {
      var m;
      try {
        m = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      receive(m);
    };
    socket.onclose = retry;
  }

  function retry() {
    setTimeout(connect, delay);
    delay = Math.min(delay * 2, 5000);
  }

  // A page served while the site is broken already holds the overlay.
  var served = overlay();
  if (served) show(served.querySelector("pre").textContent);
  connect();
})();
