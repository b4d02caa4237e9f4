//! Soft hyphens (U+00AD) in the long words of a rendered page, from TeX's hyphenation patterns
//! (`hypher`), so that a German or Dutch compound breaks at a syllable, with a hyphen, in a
//! narrow column, even in a browser that has no hyphenation dictionary for the language (CSS
//! `hyphens: auto` alone leaves "Unterauftragsverarbei|ter" to `overflow-wrap`).
//!
//! Only text is touched, never markup: each word is hyphenated in the language of the element it
//! is in (the nearest `lang`), and left alone where no patterns exist for that language (Arabic,
//! say), inside `code`, `pre`, `title`, `script`, `style` and anything marked `translate="no"`,
//! and where it is not a word: an address, an email, a number, a name in mixed case ("GitHub"),
//! a word already hyphenated by hand, and a word of a name the site states ([`Whole`]:
//! "Productboard", which a printed page's PDF would otherwise keep as "Pro-duct-board" for a
//! search, and a copy into an e-mail carry with invisible hyphens). Soft hyphens are invisible: browsers find and compare the
//! text without them. Only HTML pages get them, and not the annex (`render::Words`): the
//! machine-readable files, the feeds, the history and everything else fingerprinted are made
//! from the facts, not from pages.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::rc::Rc;

use hypher::Lang;

/// Words shorter than this (in characters) are left whole: they wrap as they are.
pub const MIN_CHARS: usize = 12;

/// SOFT HYPHEN: a place a line may break, shown as a hyphen only where it does.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// How deep the scan follows elements. Deeper ones (only a hostile page nests 512 elements)
/// are counted but not followed, so that their text reads in the language of the deepest
/// element followed, and each tag costs at most this many steps: a page of n tags is read in
/// time linear in n, however it nests.
const MAX_DEPTH: usize = 512;

/// The hyphenation patterns for a BCP 47 tag, by its language subtag (`fr-CA` uses `fr`'s);
/// `None` for a language without patterns, or whose script does not show hyphens.
pub fn patterns(tag: &str) -> Option<Lang> {
    let language = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    let code: [u8; 2] = language.as_bytes().try_into().ok()?;
    let lang = Lang::from_iso(code)?;
    lang.hyphenation_character().map(|_| lang)
}

/// What the element a text is in says about it.
#[derive(Clone, Copy, Default, PartialEq)]
struct Frame {
    lang: Option<Lang>,
    verbatim: bool,
    /// In SVG or MathML.
    foreign: bool,
}

/// `html` with soft hyphens in its long words, each in the language of its element. Markup,
/// attributes, comments and character references are kept byte for byte.
///
/// The page is one candor has just rendered, so it only needs telling text from markup, as an
/// HTML tokenizer does: tags (with quoted attribute values that may hold `>`), comments,
/// declarations, and the raw text of `script`, `style`, `title` and the like, which runs to the
/// element's own end tag. An element's language and whether its text is verbatim come from the
/// open elements. An end tag closes up to its own element, and a start tag closes what it
/// implies (a `<li>` the item before it, a `<div>` an open paragraph), so an element closed
/// without its end tag does not lend its language to what follows.
///
/// It is a scan rather than a parser (lol_html did this before) because it reads every byte of
/// every page: lol_html's rewriter, with a handler on every element and text, took three times
/// as long as rendering the pages (22 ms a megabyte, against 1.5 for this scan).
/// `tests/it/hyphenation.rs` holds the scan to lol_html's reading of every page of both examples.
pub fn page(html: &str) -> String {
    page_with(html, &[], &Whole::default())
}

/// The words of the names a site states (its organisation's, its sub-processors', their
/// addresses, its storage providers and cities, its monitoring tools), left whole wherever a
/// page shows them: a name is not a word of the page's language, to break by its patterns, and
/// it is what a reader searches a printout for, or copies into an objection.
#[derive(Debug, Default)]
pub struct Whole(HashSet<Box<str>>);

impl Whole {
    /// The long words of `names`, as the scan finds words in text: runs of letters.
    pub fn of<'n>(names: impl IntoIterator<Item = &'n str>) -> Whole {
        let mut words = HashSet::new();
        for name in names {
            let runs = name.split(|c: char| !c.is_alphabetic() && !is_mark(c));
            for word in runs.filter(|w| w.chars().count() >= MIN_CHARS) {
                if !words.contains(word) {
                    words.insert(word.into());
                }
            }
        }
        Whole(words)
    }

    fn contains(&self, word: &str) -> bool {
        !self.0.is_empty() && self.0.contains(word)
    }
}

/// [`page`], for a page that shows `parts`: where a part is shown as it was rendered, among
/// elements that do not change how it reads, its text is hyphenated once for all the pages that
/// show it in the same language (the current publication's table of sub-processors is on its
/// page and on the page's archive copy). Anywhere else it is read with the page, as [`page`]
/// reads it: the result is the same either way.
pub fn page_with(html: &str, parts: &[Rc<Part>], whole: &Whole) -> String {
    // Where each part is shown, in order; a part shown twice is read with the page the second
    // time.
    let mut shown: Vec<(usize, &Part)> = parts
        .iter()
        .filter(|part| !part.markup().is_empty())
        .filter_map(|part| Some((part.find_in(html)?, &**part)))
        .collect();
    shown.sort_by_key(|(at, _)| *at);
    Scan::new(Frame::default(), whole).run(html, &shown)
}

/// HTML rendered once and shown on several pages ([`page_with`]), with its text as read in each
/// language it was shown in.
pub struct Part {
    /// The HTML as rendered, held as the page's renderer holds it (a template value, say), so
    /// that it is not kept twice.
    html: Box<dyn AsRef<str>>,
    read: RefCell<Vec<(Frame, Option<Rc<Read>>)>>,
}

/// A part's HTML with soft hyphens, as read among elements that do not change how it reads.
struct Read {
    html: String,
    /// The most of its own elements open at once.
    deepest: usize,
    /// The start tags in it that close an element opened before it, if one is open.
    closes: Vec<Implied>,
}

impl Part {
    pub fn new(html: impl AsRef<str> + 'static) -> Part {
        Part {
            html: Box::new(html),
            read: RefCell::default(),
        }
    }

    /// The HTML, as rendered.
    pub fn html(&self) -> &str {
        (*self.html).as_ref()
    }

    /// The part from its first markup on: whitespace before it (left by the template's tags)
    /// reads as part of the page's text before it, which it joins.
    fn markup(&self) -> &str {
        self.html()
            .trim_start_matches(|c: char| c.is_ascii_whitespace())
    }

    /// Where in `html` the part's first markup is, where the part is first shown. Candidates
    /// are found by the part's first bytes (a search for a whole megabyte of needle costs more
    /// than the scan it saves).
    fn find_in(&self, html: &str) -> Option<usize> {
        let whole = self.html().as_bytes();
        let start = &whole[..whole.len().min(64)];
        let at = memchr::memmem::find_iter(html.as_bytes(), start)
            .find(|at| html.as_bytes()[*at..].starts_with(whole))?;
        Some(at + whole.len() - self.markup().len())
    }

    /// The part hyphenated as it reads where `scan` is, if it reads there as on its own: the
    /// elements open around it give it its language, and it closes none of them, leaves none of
    /// its own open, ends no text that goes on after it, and no markup of it runs past its end.
    fn read_in(&self, scan: &Scan) -> Option<Rc<Read>> {
        let frame = scan.top();
        let known = self
            .read
            .borrow()
            .iter()
            .find(|(f, _)| *f == frame)
            .map(|(_, r)| r.clone());
        let read = known.unwrap_or_else(|| {
            let read = Read::of(self.markup(), frame, scan.whole);
            self.read.borrow_mut().push((frame, read.clone()));
            read
        })?;
        // Read on its own, the part follows elements as deep as it would among the page's.
        let deep_enough = scan.too_deep == 0 && scan.open.len() + read.deepest < MAX_DEPTH;
        let mut open = scan.open.clone();
        let closes_none = read
            .closes
            .iter()
            .all(|implied| close_implied(&mut open, *implied).at.is_none());
        (deep_enough && closes_none).then_some(read)
    }
}

impl Read {
    /// `html` hyphenated as read within an element whose frame is `frame`, or `None` if how it
    /// reads depends on more than that.
    fn of(html: &str, frame: Frame, whole: &Whole) -> Option<Rc<Read>> {
        // Text after its last markup would run on into the page's next text: only whitespace may.
        let last = html.as_bytes().last()?;
        if !(*last == b'>' || last.is_ascii_whitespace()) {
            return None;
        }
        let mut scan = Scan::new(frame, whole);
        scan.within_part = Some(Vec::new());
        let out = scan.run(html, &[]);
        let closes = scan.within_part.take()?;
        let whole = scan.open.is_empty() && !scan.reached_out && scan.too_deep == 0;
        whole.then(|| {
            Rc::new(Read {
                html: out,
                deepest: scan.deepest,
                closes,
            })
        })
    }
}

/// An element open in the scan.
#[derive(Clone)]
struct Open<'h> {
    /// Its name, as written.
    name: &'h str,
    /// Its name, if a rule of [`Implied`] names it.
    names: Names,
    /// The frame its text is read in.
    frame: Frame,
}

/// The scan's state: the elements open, each with the frame its text is read in.
struct Scan<'h, 'w> {
    /// The words left whole.
    whole: &'w Whole,
    /// The frame of the text outside every element.
    base: Frame,
    open: Vec<Open<'h>>,
    /// Reading a part on its own: the start tags whose implied closing looked past the part's
    /// own elements.
    within_part: Option<Vec<Implied>>,
    /// Reading a part on its own: an end tag closed nothing of the part's, or markup ran past
    /// its end.
    reached_out: bool,
    /// A text node's hyphenated text, before it is written out.
    buffer: String,
    /// Elements open beyond [`MAX_DEPTH`], not followed.
    too_deep: usize,
    /// The most elements open at once, for a part read on its own.
    deepest: usize,
    /// What [`Element::named`] said of the names read lately, by [`Scan::element`]'s slot: a
    /// page repeats a few dozen names.
    known: [Option<(&'h str, Element)>; 64],
}

/// A page as it is written out: copied as it is, but for the text that changes.
struct Output<'h> {
    html: &'h str,
    out: String,
    /// How much of `html` is in `out`.
    copied: usize,
}

impl Output<'_> {
    /// Writes `with` in place of what is at `range`, and what comes before it as it is.
    fn replace(&mut self, range: Range<usize>, with: &str) {
        self.out.push_str(&self.html[self.copied..range.start]);
        self.out.push_str(with);
        self.copied = range.end;
    }

    fn finish(mut self) -> String {
        self.out.push_str(&self.html[self.copied..]);
        self.out
    }
}

impl<'h, 'w> Scan<'h, 'w> {
    fn new(base: Frame, whole: &'w Whole) -> Self {
        Scan {
            whole,
            base,
            open: Vec::new(),
            within_part: None,
            reached_out: false,
            buffer: String::new(),
            too_deep: 0,
            deepest: 0,
            known: [None; 64],
        }
    }

    /// [`Element::named`], remembered.
    fn element(&mut self, name: &'h str) -> Element {
        let bytes = name.as_bytes();
        let (first, last) = (bytes.first(), bytes.last());
        let slot = (usize::from(*first.unwrap_or(&0)) * 7
            + usize::from(*last.unwrap_or(&0)) * 3
            + bytes.len())
            % self.known.len();
        match self.known[slot] {
            Some((known, element)) if known == name => element,
            _ => {
                let element = Element::named(name);
                self.known[slot] = Some((name, element));
                element
            }
        }
    }

    fn top(&self) -> Frame {
        self.open.last().map_or(self.base, |o| o.frame)
    }

    /// `html` with soft hyphens in its text, and each of the parts `shown` (where it is shown,
    /// in order) as read where it is shown, if it reads there as on its own.
    fn run(&mut self, html: &'h str, shown: &[(usize, &Part)]) -> String {
        let mut shown = shown.iter().peekable();
        let mut out = Output {
            html,
            out: String::with_capacity(html.len() + html.len() / 16),
            copied: 0,
        };
        // Where the text not yet read starts, and where to look for the next `<`.
        let (mut text, mut from) = (0, 0);
        while let Some(at) = memchr::memchr(b'<', &html.as_bytes()[from..]).map(|i| from + i) {
            let Some(markup) = Markup::read(&html[at..]) else {
                // A `<` that starts no markup is text.
                from = at + 1;
                continue;
            };
            self.text(text..at, &mut out);
            while shown.next_if(|(p, _)| *p < at).is_some() {}
            if let Some((_, part)) = shown.next_if(|(p, _)| *p == at)
                && let Some(read) = part.read_in(self)
            {
                let end = at + part.markup().len();
                out.replace(at..end, &read.html);
                (text, from) = (end, end);
                continue;
            }
            let end = self.markup(html, at, markup);
            (text, from) = (end, end);
        }
        self.text(text..html.len(), &mut out);
        out.finish()
    }

    /// Hyphenates the text node at `range`, if its element's language has patterns and its text
    /// is prose.
    fn text(&mut self, range: Range<usize>, out: &mut Output) {
        // Most text nodes are the line break between two tags, or a word or two.
        if range.len() < MIN_CHARS {
            return;
        }
        let frame = self.top();
        let text = &out.html[range.clone()];
        if let Some(lang) = frame.lang.filter(|_| !frame.verbatim)
            && has_long_run(text)
        {
            self.buffer.clear();
            text_into(text, lang, self.whole, &mut self.buffer);
            // Hyphenation only adds soft hyphens: the same length is the same text.
            if self.buffer.len() != text.len() {
                out.replace(range, &self.buffer);
            }
        }
    }

    /// Closes what a start tag closes without an end tag ([`close_implied`]).
    fn close_implied(&mut self, implied: Implied) {
        let closed = close_implied(&mut self.open, implied);
        // Without a boundary of its own, a part's start tag could close an element opened
        // before it.
        if let Some(reaching) = &mut self.within_part
            && !closed.bounded
            && !reaching.contains(&implied)
        {
            reaching.push(implied);
        }
    }

    /// Reads the markup at `at` in `html` and returns where it ends: after it, or for an
    /// element whose content is raw text, where its end tag starts.
    fn markup(&mut self, html: &'h str, at: usize, markup: Markup<'h>) -> usize {
        let mut end = at + markup.len;
        self.reached_out |= !markup.complete;
        match markup.kind {
            Kind::Start(tag) => {
                let element = self.element(tag.name);
                let foreign = element.foreign || self.top().foreign;
                if element.raw_text {
                    // Its content is copied as it is, up to its end tag (read next round).
                    end = raw_text_end(html, end, tag.name);
                    self.reached_out |= end == html.len();
                } else {
                    // `/>` closes an element only in SVG and MathML; `<p/>` opens a paragraph.
                    let opens = !(element.void || (tag.self_closing && foreign));
                    if self.too_deep > 0 {
                        // Inside an element not followed: counted, not followed.
                        self.too_deep += usize::from(opens);
                    } else {
                        // An `<hr>` closes a paragraph too, though it opens nothing.
                        if let Some(implied) = element.closes {
                            self.close_implied(implied);
                        }
                        if opens && self.open.len() == MAX_DEPTH {
                            self.too_deep += 1;
                        } else if opens {
                            let parent = self.top();
                            let frame = Frame {
                                lang: tag.lang.map_or(parent.lang, patterns),
                                verbatim: parent.verbatim
                                    || element.verbatim
                                    || tag.translate.is_some_and(|t| t.eq_ignore_ascii_case("no")),
                                foreign,
                            };
                            self.open.push(Open {
                                name: tag.name,
                                names: element.names,
                                frame,
                            });
                            self.deepest = self.deepest.max(self.open.len());
                        }
                    }
                }
            }
            // An end tag beyond the depth followed closes an element not followed.
            Kind::End(_) if self.too_deep > 0 => self.too_deep -= 1,
            Kind::End(name) => {
                match self
                    .open
                    .iter()
                    .rposition(|o| o.name.eq_ignore_ascii_case(name))
                {
                    Some(at) => self.open.truncate(at),
                    None => self.reached_out = true,
                }
            }
            Kind::Other => {}
        }
        end
    }
}

/// What an element's name tells the scan.
#[derive(Clone, Copy, Default)]
struct Element {
    /// Its content is raw text to an HTML parser: it ends only at the element's own end tag,
    /// whatever `<` it holds.
    raw_text: bool,
    /// It has no content and no end tag.
    void: bool,
    /// Its text is not prose, or is not shown as flowing text.
    verbatim: bool,
    /// SVG or MathML.
    foreign: bool,
    /// The open element its start tag closes, if any.
    closes: Option<Implied>,
    /// Its name, if a rule of [`Implied`] names it.
    names: Names,
}

/// The open elements a start tag closes without their end tags.
#[derive(Clone, Copy, PartialEq)]
enum Implied {
    /// `<li>`: the item before it in its list.
    ListItem,
    /// `<dt>`, `<dd>`: the term or definition before it.
    Definition,
    /// `<td>`, `<th>`: the cell before it in its row.
    Cell,
    /// `<tr>`: the row before it, and its cells.
    Row,
    /// `<thead>`, `<tbody>`, `<tfoot>`: the table section before it, its rows and cells.
    TableSection,
    /// `<option>`: the option before it.
    Option,
    /// A block (`<div>`, `<ul>`, `<h2>`, `<p>`…): the paragraph it follows.
    Paragraph,
}

impl Implied {
    /// The elements that close, and the elements they are not closed beyond.
    fn rule(self) -> (Names, Names) {
        use Name::*;
        const fn rule(closes: &[Name], within: &[Name]) -> (Names, Names) {
            (Names::of(closes), Names::of(within))
        }
        const LIST_ITEM: (Names, Names) = rule(&[Li], &[Ul, Ol, Menu]);
        const DEFINITION: (Names, Names) = rule(&[Dt, Dd], &[Dl]);
        const CELL: (Names, Names) = rule(&[Td, Th], &[Tr, Table]);
        const ROW: (Names, Names) = rule(&[Tr, Td, Th], &[Thead, Tbody, Tfoot, Table]);
        const TABLE_SECTION: (Names, Names) = rule(&[Thead, Tbody, Tfoot, Tr, Td, Th], &[Table]);
        const OPTION: (Names, Names) = rule(&[Option], &[Select, Datalist, Optgroup]);
        const PARAGRAPH: (Names, Names) = rule(
            &[P],
            &[
                Div, Section, Article, Aside, Nav, Header, Footer, Main, Li, Dd, Td, Th, Body,
                Button,
            ],
        );
        match self {
            Implied::ListItem => LIST_ITEM,
            Implied::Definition => DEFINITION,
            Implied::Cell => CELL,
            Implied::Row => ROW,
            Implied::TableSection => TABLE_SECTION,
            Implied::Option => OPTION,
            Implied::Paragraph => PARAGRAPH,
        }
    }
}

/// The elements the rules of [`Implied`] name.
#[derive(Clone, Copy)]
enum Name {
    Li,
    Ul,
    Ol,
    Menu,
    Dt,
    Dd,
    Dl,
    Td,
    Th,
    Tr,
    Table,
    Thead,
    Tbody,
    Tfoot,
    Option,
    Select,
    Datalist,
    Optgroup,
    P,
    Div,
    Section,
    Article,
    Aside,
    Nav,
    Header,
    Footer,
    Main,
    Body,
    Button,
}

impl Name {
    /// The element named `name` (in lower case), if a rule names it.
    fn of(name: &str) -> Option<Name> {
        use Name::*;
        Some(match name {
            "li" => Li,
            "ul" => Ul,
            "ol" => Ol,
            "menu" => Menu,
            "dt" => Dt,
            "dd" => Dd,
            "dl" => Dl,
            "td" => Td,
            "th" => Th,
            "tr" => Tr,
            "table" => Table,
            "thead" => Thead,
            "tbody" => Tbody,
            "tfoot" => Tfoot,
            "option" => Option,
            "select" => Select,
            "datalist" => Datalist,
            "optgroup" => Optgroup,
            "p" => P,
            "div" => Div,
            "section" => Section,
            "article" => Article,
            "aside" => Aside,
            "nav" => Nav,
            "header" => Header,
            "footer" => Footer,
            "main" => Main,
            "body" => Body,
            "button" => Button,
            _ => return None,
        })
    }
}

/// A set of [`Name`]s, one bit each: an open element is matched against a rule's names in one
/// step.
#[derive(Clone, Copy, Default, PartialEq)]
struct Names(u32);

// Every name has a bit of its own (`Button` is the last).
const _: () = assert!((Name::Button as u32) < u32::BITS);

impl Names {
    const fn of(names: &[Name]) -> Names {
        let mut bits = 0;
        let mut i = 0;
        while i < names.len() {
            bits |= 1 << names[i] as u32;
            i += 1;
        }
        Names(bits)
    }

    fn meets(self, other: Names) -> bool {
        self.0 & other.0 != 0
    }
}

impl Element {
    fn named(name: &str) -> Element {
        let lower;
        let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            lower = name.to_ascii_lowercase();
            lower.as_str()
        } else {
            name
        };
        let closing = |implied| Element {
            closes: Some(implied),
            ..Element::default()
        };
        let element = match name {
            "script" | "style" | "textarea" | "title" => Element {
                raw_text: true,
                verbatim: true,
                ..Element::default()
            },
            "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Element {
                raw_text: true,
                ..Element::default()
            },
            "area" | "base" | "br" | "col" | "embed" | "img" | "input" | "link" | "meta"
            | "source" | "track" | "wbr" => Element {
                void: true,
                ..Element::default()
            },
            "hr" => Element {
                void: true,
                closes: Some(Implied::Paragraph),
                ..Element::default()
            },
            "pre" => Element {
                verbatim: true,
                closes: Some(Implied::Paragraph),
                ..Element::default()
            },
            "code" | "kbd" | "samp" | "var" => Element {
                verbatim: true,
                ..Element::default()
            },
            "svg" | "math" => Element {
                verbatim: true,
                foreign: true,
                ..Element::default()
            },
            "li" => closing(Implied::ListItem),
            "dt" | "dd" => closing(Implied::Definition),
            "td" | "th" => closing(Implied::Cell),
            "tr" => closing(Implied::Row),
            "thead" | "tbody" | "tfoot" => closing(Implied::TableSection),
            "option" => closing(Implied::Option),
            "p" | "div" | "ul" | "ol" | "dl" | "table" | "section" | "article" | "aside"
            | "nav" | "header" | "footer" | "main" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "blockquote" | "figure" | "form" | "details" | "address" | "fieldset" => {
                closing(Implied::Paragraph)
            }
            _ => Element::default(),
        };
        Element {
            names: Name::of(name).map_or(Names::default(), |n| Names::of(&[n])),
            ..element
        }
    }
}

/// What [`close_implied`] found.
struct Closed {
    /// Where the open elements were cut, if they were.
    at: Option<usize>,
    /// Whether an element it is not closed beyond is open.
    bounded: bool,
}

/// Closes the open element that a start tag closes without an end tag: a list item the next
/// item of its list, a cell the next cell or row, a paragraph a block that follows it.
fn close_implied(open: &mut Vec<Open>, implied: Implied) -> Closed {
    let (closes, within) = implied.rule();
    // The open elements above the nearest boundary, of which the first one that closes goes,
    // with everything opened inside it.
    let boundary = open.iter().rposition(|o| o.names.meets(within));
    let inside = boundary.map_or(0, |at| at + 1);
    let first = open[inside..]
        .iter()
        .position(|o| o.names.meets(closes))
        .map(|at| inside + at);
    if let Some(at) = first {
        open.truncate(at);
    }
    Closed {
        at: first,
        bounded: boundary.is_some(),
    }
}

/// The end of the raw text of element `name` that starts at `from`: where its end tag starts, or
/// the end of the page.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&html.as_bytes()[at..], b"</") {
        let start = at + i;
        let after = &html.as_bytes()[start + 2..];
        let ends = after.len() > name.len()
            && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && matches!(
                after[name.len()],
                b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
            );
        if ends {
            return start;
        }
        at = start + 2;
    }
    html.len()
}

/// A piece of markup at the start of the text: its length and what it is.
struct Markup<'a> {
    len: usize,
    /// Whether it ends before the text does (a tag cut off by the end of the page does not).
    complete: bool,
    kind: Kind<'a>,
}

enum Kind<'a> {
    Start(Tag<'a>),
    End(&'a str),
    /// A comment, a doctype, a processing instruction or CDATA.
    Other,
}

/// A start tag: its name and the attributes that matter here, as written.
struct Tag<'a> {
    name: &'a str,
    lang: Option<&'a str>,
    translate: Option<&'a str>,
    self_closing: bool,
}

impl<'a> Markup<'a> {
    /// The markup `text` (which starts with `<`) starts with, or `None` if that `<` is text. Markup
    /// cut off by the end of the page runs to the end of the page.
    fn read(text: &'a str) -> Option<Markup<'a>> {
        let bytes = text.as_bytes();
        // Markup that ends at `len`, if it ends: otherwise it runs to the end of the text.
        let markup = |len: Option<usize>, kind| Markup {
            len: len.unwrap_or(text.len()),
            complete: len.is_some(),
            kind,
        };
        match bytes.get(1)? {
            // `<!-->` and `<!--->` are (empty) comments too.
            b'!' if text.starts_with("<!--") => Some(markup(
                text[2..].find("-->").map(|i| i + 2 + 3),
                Kind::Other,
            )),
            b'!' if text.starts_with("<![CDATA[") => {
                Some(markup(text.find("]]>").map(|i| i + 3), Kind::Other))
            }
            b'!' | b'?' => Some(markup(text.find('>').map(|i| i + 1), Kind::Other)),
            b'/' => match bytes.get(2)? {
                c if c.is_ascii_alphabetic() => {
                    let (tag, len) = Tag::read(text, 2);
                    Some(markup(len, Kind::End(tag.name)))
                }
                // `</>` is dropped by a parser, and `</` before anything else starts a comment
                // that runs to the next `>`.
                _ => Some(markup(text.find('>').map(|i| i + 1), Kind::Other)),
            },
            c if c.is_ascii_alphabetic() => {
                let (tag, len) = Tag::read(text, 1);
                Some(markup(len, Kind::Start(tag)))
            }
            _ => None,
        }
    }
}

impl<'a> Tag<'a> {
    /// Reads the tag whose name starts at `name_at`, to the `>` that ends it: its attributes'
    /// values may be quoted, and hold `>`.
    fn read(text: &'a str, name_at: usize) -> (Tag<'a>, Option<usize>) {
        let bytes = text.as_bytes();
        let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
        let mut at = name_at;
        while at < bytes.len() && !is_space(bytes[at]) && !matches!(bytes[at], b'/' | b'>') {
            at += 1;
        }
        let mut tag = Tag {
            name: &text[name_at..at],
            lang: None,
            translate: None,
            self_closing: false,
        };
        loop {
            while at < bytes.len() && (is_space(bytes[at]) || bytes[at] == b'/') {
                tag.self_closing = bytes[at] == b'/';
                at += 1;
            }
            match bytes.get(at) {
                None => return (tag, None),
                Some(b'>') => return (tag, Some(at + 1)),
                Some(_) => tag.self_closing = false,
            }
            // An attribute's name (a leading `=` is part of it), then perhaps its value.
            let name_start = at;
            at += 1;
            while at < bytes.len()
                && !is_space(bytes[at])
                && !matches!(bytes[at], b'/' | b'>' | b'=')
            {
                at += 1;
            }
            let name = &text[name_start..at];
            while at < bytes.len() && is_space(bytes[at]) {
                at += 1;
            }
            if bytes.get(at) != Some(&b'=') {
                continue;
            }
            at += 1;
            while at < bytes.len() && is_space(bytes[at]) {
                at += 1;
            }
            let value = match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let start = at + 1;
                    let end =
                        memchr::memchr(quote, &bytes[start..]).map_or(text.len(), |i| start + i);
                    at = (end + 1).min(text.len());
                    &text[start..end]
                }
                _ => {
                    let start = at;
                    while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b'>' {
                        at += 1;
                    }
                    &text[start..at]
                }
            };
            if name.eq_ignore_ascii_case("lang") {
                tag.lang.get_or_insert(value);
            } else if name.eq_ignore_ascii_case("translate") {
                tag.translate.get_or_insert(value);
            }
        }
    }
}

/// HTML text (character references as written) with soft hyphens in its long words.
pub fn text_in(html_text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(html_text.len() + html_text.len() / 8);
    text_into(html_text, lang, &Whole::default(), &mut out);
    out
}

/// Appends HTML text (character references as written) to `out`, with soft hyphens in its long
/// words.
fn text_into(html_text: &str, lang: Lang, whole: &Whole, out: &mut String) {
    // The page's scan asks `has_long_run` of the whole text first; each token is asked again.
    let mut rest = html_text;
    while !rest.is_empty() {
        let space = rest.starts_with(char::is_whitespace);
        let len = rest
            .find(|c: char| c.is_whitespace() != space)
            .unwrap_or(rest.len());
        let (token, after) = rest.split_at(len);
        if space || !has_long_run(token) || !is_prose(token) {
            out.push_str(token);
        } else {
            hyphenate_token(token, lang, whole, out);
        }
        rest = after;
    }
}

/// Whether `text` may hold a word of [`MIN_CHARS`] letters: a run of at least as many bytes
/// that are ASCII letters or part of a character outside ASCII (which takes two bytes or more).
fn has_long_run(text: &str) -> bool {
    let bytes = text.as_bytes();
    let letter = |i: usize| bytes[i].is_ascii_alphabetic() || bytes[i] >= 0x80;
    // No run of MIN_CHARS starts before `start`. Every run that starts at most MIN_CHARS - 1
    // bytes after it takes in the byte there, the probe: a probe that is no letter rules them
    // all out without reading the bytes before it.
    let mut start = 0;
    while start + MIN_CHARS <= bytes.len() {
        let probe = start + MIN_CHARS - 1;
        if !letter(probe) {
            start = probe + 1;
            continue;
        }
        // The letters around the probe, from `start` at the earliest.
        let first = (start..probe)
            .rev()
            .find(|&i| !letter(i))
            .map_or(start, |i| i + 1);
        let end = (probe + 1..bytes.len())
            .find(|&i| !letter(i))
            .unwrap_or(bytes.len());
        if end - first >= MIN_CHARS {
            return true;
        }
        // A run that starts after `first` and before `end` ends at `end` too, shorter.
        start = end + 1;
    }
    false
}

/// Whether a run of text without spaces is prose, which may be hyphenated: not an address, an
/// email, a path, a number or a code, and not hyphenated already.
fn is_prose(token: &str) -> bool {
    let plain = if token.contains('&') {
        Cow::Owned(without_references(token))
    } else {
        Cow::Borrowed(token)
    };
    // Punctuation that ends a sentence or clause ends a word too; inside one, it makes a name
    // (`example.com`, `mailto:`, `?id=`).
    let inner_stop = plain.char_indices().any(|(i, c)| {
        matches!(c, '.' | ':' | '?' | '!' | ',' | ';')
            && plain[i + 1..].starts_with(char::is_alphanumeric)
    });
    !inner_stop
        && !plain.chars().any(|c| {
            c.is_ascii_digit()
                || c == SOFT_HYPHEN
                || matches!(
                    c,
                    '@' | '/' | '\\' | '_' | '=' | '#' | '%' | '~' | '+' | '|'
                )
        })
}

/// `token` with each character reference (`&amp;`, `&#x27;`) as the character it stands for
/// where that matters here (`/`, a soft hyphen), and as an apostrophe otherwise.
fn without_references(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    let mut rest = token;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = reference_len(rest) {
            out.push(match &rest[..len] {
                "&#x2F;" | "&#x2f;" | "&#47;" | "&sol;" => '/',
                "&shy;" | "&#xAD;" | "&#xad;" | "&#173;" => SOFT_HYPHEN,
                "&commat;" | "&#64;" | "&#x40;" => '@',
                _ => '\'',
            });
            rest = &rest[len..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The length of the character reference `text` starts with, if it starts with one.
fn reference_len(text: &str) -> Option<usize> {
    let body = text.strip_prefix('&')?;
    let end = body.find(';')?;
    let name = &body[..end];
    let ok = !name.is_empty()
        && end <= 32
        && name
            .trim_start_matches('#')
            .chars()
            .all(|c| c.is_ascii_alphanumeric());
    ok.then_some(end + 2)
}

/// Appends `token` to `out` with soft hyphens in each of its long words: runs of letters between
/// punctuation, hyphens and character references. A word with a capital inside ("GitHub",
/// "GDPR") is a name or an abbreviation, and stays whole, as does a word of a name `whole`
/// holds.
fn hyphenate_token(token: &str, lang: Lang, whole: &Whole, out: &mut String) {
    let mut rest = token;
    while let Some(c) = rest.chars().next() {
        if let Some(len) = reference_len(rest) {
            out.push_str(&rest[..len]);
            rest = &rest[len..];
            continue;
        }
        if !c.is_alphabetic() {
            out.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let len = rest
            .find(|c: char| !c.is_alphabetic() && !is_mark(c))
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(len);
        if word.chars().count() >= MIN_CHARS
            && !word.chars().skip(1).any(char::is_uppercase)
            && !whole.contains(word)
        {
            push_hyphenated(word, lang, out);
        } else {
            out.push_str(word);
        }
        rest = after;
    }
}

/// How many hyphenated words each thread remembers, at most: a site's words are a vocabulary,
/// repeated on every page and in every archived copy, and far fewer than this.
const REMEMBERED: usize = 1 << 16;

/// Long words and their hyphenated forms, by language.
type Hyphenated = HashMap<Lang, HashMap<Box<str>, Box<str>>>;

thread_local! {
    /// Each long word hyphenated on this thread, by language: the patterns take some thirteen
    /// thousand instructions a word.
    static HYPHENATED: RefCell<Hyphenated> = RefCell::default();
}

/// Appends `word` to `out` with a soft hyphen between each of its syllables.
fn push_hyphenated(word: &str, lang: Lang, out: &mut String) {
    HYPHENATED.with_borrow_mut(|languages| {
        let known = languages.entry(lang).or_default();
        if let Some(hyphenated) = known.get(word) {
            out.push_str(hyphenated);
            return;
        }
        let mut hyphenated = String::with_capacity(word.len() + word.len() / 2);
        for (i, syllable) in hypher::hyphenate(word, lang).enumerate() {
            if i > 0 {
                hyphenated.push(SOFT_HYPHEN);
            }
            hyphenated.push_str(syllable);
        }
        out.push_str(&hyphenated);
        if known.len() >= REMEMBERED {
            known.clear();
        }
        known.insert(word.into(), hyphenated.into_boxed_str());
    });
}

/// A combining mark, which belongs to the letter before it (a decomposed accent, a vowel sign).
fn is_mark(c: char) -> bool {
    use icu_properties::{CodePointMapData, props::GeneralCategory};
    matches!(
        CodePointMapData::<GeneralCategory>::new().get(c),
        GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(SOFT_HYPHEN, "-")
    }

    #[test]
    fn long_words_break_at_syllables_in_their_own_language() {
        let de = patterns("de").unwrap();
        assert_eq!(
            shown(&text_in("Unterauftragsverarbeiter", de)),
            "Un-ter-auf-trags-ver-ar-bei-ter"
        );
        let nl = patterns("nl").unwrap();
        assert_eq!(
            shown(&text_in("subverwerkersovereenkomst", nl)),
            shown(&hypher::hyphenate("subverwerkersovereenkomst", Lang::Dutch).join("\u{ad}"))
        );
        assert!(text_in("subverwerkersovereenkomst", nl).contains(SOFT_HYPHEN));
        // Short words and punctuation stay as they are.
        assert_eq!(text_in("Die Daten, bitte.", de), "Die Daten, bitte.");
        assert_eq!(
            shown(&text_in(
                "Wer sind die Auftragsverarbeiter? Auftragsverarbeiter!",
                de
            )),
            "Wer sind die Auf-trags-ver-ar-bei-ter? Auf-trags-ver-ar-bei-ter!"
        );
        assert_eq!(
            shown(&text_in("(Auftragsverarbeiter),", de)),
            "(Auf-trags-ver-ar-bei-ter),"
        );
    }

    #[test]
    fn regional_variants_use_their_language_and_others_have_none() {
        assert_eq!(patterns("fr-CA"), Some(Lang::French));
        assert_eq!(patterns("de-CH"), Some(Lang::German));
        assert_eq!(patterns("EN-gb"), Some(Lang::English));
        for none in ["ar", "he", "zh-Hant", "ja", "fil", "", "hi"] {
            assert_eq!(patterns(none), None, "{none}");
        }
    }

    #[test]
    fn addresses_numbers_names_and_hand_hyphenated_words_stay_whole() {
        let de = patterns("de").unwrap();
        for whole in [
            "https://datenschutzbeauftragter.example.com/verarbeitungsverzeichnis",
            "datenschutzbeauftragter@example.com",
            "datenschutzbeauftragter.example",
            "Verarbeitungsverzeichnis2026",
            "Unter\u{ad}auftragsverarbeiter",
            "Unter&shy;auftragsverarbeiter",
            "https:&#x2F;&#x2F;verarbeitungsverzeichnis",
            "SalesforceMarketingcloud",
            "DATENSCHUTZBEAUFTRAGTER",
            "verarbeitungs_verzeichnis",
            "verarbeitungsverzeichnis?datenschutzbeauftragter",
            "verarbeitungsverzeichnis,datenschutzbeauftragter",
        ] {
            assert_eq!(text_in(whole, de), whole);
        }
        // A character reference is kept as written, and splits words.
        assert_eq!(
            shown(&text_in("AT&amp;T&#x27;s Auftragsverarbeiter", de)),
            "AT&amp;T&#x27;s Auf-trags-ver-ar-bei-ter"
        );
    }

    #[test]
    fn the_words_of_a_name_stay_whole_wherever_they_are_shown() {
        let whole = Whole::of(["Productboard", "Datenschutzbeauftragtenbüro GmbH & Co. KG"]);
        let html = concat!(
            "<html lang=\"de\"><body><p>Productboard verarbeitet Kontaktdaten: ",
            "Datenschutzbeauftragtenbüro GmbH</p><p>Auftragsverarbeiter</p></body></html>"
        );
        let read = page_with(html, &[], &whole);
        assert!(read.contains("<p>Productboard verarbeitet"), "{read}");
        assert!(read.contains("Datenschutzbeauftragtenbüro GmbH"), "{read}");
        // Other words are the language's, and break.
        assert!(read.contains("Auf\u{ad}trags"), "{read}");
        // Without the names, the same words would break.
        assert!(page(html).contains("Pro\u{ad}duct"), "{}", page(html));
    }

    #[test]
    fn only_text_is_hyphenated_in_the_language_of_its_element() {
        let html = concat!(
            "<!DOCTYPE html><html lang=\"de\"><head><title>Unterauftragsverarbeiter</title>",
            "<meta name=\"description\" content=\"Unterauftragsverarbeiter\"></head><body>",
            "<p title=\"Unterauftragsverarbeiter\">Unterauftragsverarbeiter ",
            "<a href=\"https://example.com/Unterauftragsverarbeiter\" id=\"Unterauftragsverarbeiter\">Unterauftragsverarbeiter</a> ",
            "<code>Unterauftragsverarbeiter</code> <span translate=\"no\">Unterauftragsverarbeiter</span> ",
            "<span lang=\"ar\">Unterauftragsverarbeiter</span> <span lang=\"en\">responsibilities</span><br>",
            "Unterauftragsverarbeiter</p><ul><li>Unterauftragsverarbeiter<li>Unterauftragsverarbeiter</ul>",
            "<p lang=\"en\">responsibilities</p></body></html>"
        );
        let out = page(html);
        let de = "Un\u{ad}ter\u{ad}auf\u{ad}trags\u{ad}ver\u{ad}ar\u{ad}bei\u{ad}ter";
        assert_eq!(out.matches(de).count(), 5, "{out}");
        assert_eq!(
            out.matches("re\u{ad}spon\u{ad}si\u{ad}bil\u{ad}i\u{ad}ties")
                .count(),
            2,
            "{out}"
        );
        // Everything else as it was: markup, attributes, verbatim text, Arabic.
        assert_eq!(out.replace(SOFT_HYPHEN, ""), html);
        assert!(out.contains("<title>Unterauftragsverarbeiter</title>"));
        assert!(out.contains("<code>Unterauftragsverarbeiter</code>"));
        assert!(out.contains("<span lang=\"ar\">Unterauftragsverarbeiter</span>"));
        assert!(out.contains("<span translate=\"no\">Unterauftragsverarbeiter</span>"));
        let tags: Vec<&str> = out
            .split('<')
            .skip(1)
            .map(|t| t.split('>').next().unwrap())
            .collect();
        assert!(tags.iter().all(|t| !t.contains(SOFT_HYPHEN)), "{tags:?}");
    }

    #[test]
    fn a_page_without_a_language_is_left_alone() {
        let html = "<p>Unterauftragsverarbeiter</p>";
        assert_eq!(page(html), html);
    }

    #[test]
    fn text_is_told_from_markup_as_an_html_tokenizer_tells_it() {
        let de = "Un\u{ad}ter\u{ad}auf\u{ad}trags\u{ad}ver\u{ad}ar\u{ad}bei\u{ad}ter";
        let word = "Unterauftragsverarbeiter";
        let cases = [
            // Quoted attribute values may hold `>` and what looks like a tag.
            (
                "<p lang=de title='a > <b>Unterauftragsverarbeiter</b>'>Unterauftragsverarbeiter</p>",
                "<p lang=de title='a > <b>Unterauftragsverarbeiter</b>'>W</p>",
            ),
            // Raw text runs to its own end tag, whatever it holds.
            (
                "<div lang=\"de\"><script>let s = \"</p>Unterauftragsverarbeiter\";</script>Unterauftragsverarbeiter</div>",
                "<div lang=\"de\"><script>let s = \"</p>Unterauftragsverarbeiter\";</script>W</div>",
            ),
            (
                "<div lang=de><STYLE>p::after{content:'Unterauftragsverarbeiter'}</Style >Unterauftragsverarbeiter</div>",
                "<div lang=de><STYLE>p::after{content:'Unterauftragsverarbeiter'}</Style >W</div>",
            ),
            // Comments, declarations and a `<` that starts nothing.
            (
                "<!DOCTYPE html><html lang=de><!-- Unterauftragsverarbeiter --><!--->Unterauftragsverarbeiter 1 < Unterauftragsverarbeiter</html>",
                "<!DOCTYPE html><html lang=de><!-- Unterauftragsverarbeiter --><!--->W 1 < W</html>",
            ),
            // An element closed implicitly does not keep its language, nor void elements theirs;
            // a paragraph ends where a block starts, not before.
            (
                "<ul lang=de><li lang=ar>Unterauftragsverarbeiter<li>Unterauftragsverarbeiter</ul><br lang=ar>Unterauftragsverarbeiter",
                "<ul lang=de><li lang=ar>Unterauftragsverarbeiter<li>W</ul><br lang=ar>Unterauftragsverarbeiter",
            ),
            (
                "<div lang=de><p lang=ar>Unterauftragsverarbeiter</div><img lang=ar src=x>Unterauftragsverarbeiter",
                "<div lang=de><p lang=ar>Unterauftragsverarbeiter</div><img lang=ar src=x>Unterauftragsverarbeiter",
            ),
            (
                "<div lang=de><p lang=ar>Unterauftragsverarbeiter<hr>Unterauftragsverarbeiter</div>",
                "<div lang=de><p lang=ar>Unterauftragsverarbeiter<hr>W</div>",
            ),
            (
                "<div lang=de><p lang=ar>Unterauftragsverarbeiter<div>Unterauftragsverarbeiter</div><p lang=ar><span>Unterauftragsverarbeiter</span></div>",
                "<div lang=de><p lang=ar>Unterauftragsverarbeiter<div>W</div><p lang=ar><span>Unterauftragsverarbeiter</span></div>",
            ),
            (
                "<table lang=de><tr><td lang=ar>Unterauftragsverarbeiter<td>Unterauftragsverarbeiter<tr lang=ar><td>Unterauftragsverarbeiter<tbody><tr><td>Unterauftragsverarbeiter</table>",
                "<table lang=de><tr><td lang=ar>Unterauftragsverarbeiter<td>W<tr lang=ar><td>Unterauftragsverarbeiter<tbody><tr><td>W</table>",
            ),
            (
                "<div lang=de><img lang=ar src=x alt=\"\">Unterauftragsverarbeiter <SPAN TRANSLATE=NO>Unterauftragsverarbeiter</SPAN></div>",
                "<div lang=de><img lang=ar src=x alt=\"\">W <SPAN TRANSLATE=NO>Unterauftragsverarbeiter</SPAN></div>",
            ),
            // Markup cut off by the end of the page is left as it is.
            (
                "<p lang=de>Unterauftragsverarbeiter<a href=\"Unterauftragsverarbeiter",
                "<p lang=de>W<a href=\"Unterauftragsverarbeiter",
            ),
            (
                "<p lang=de>Unterauftragsverarbeiter<!-- open",
                "<p lang=de>W<!-- open",
            ),
            ("<p lang=de><", "<p lang=de><"),
            // `/>` ends an element in SVG only.
            (
                "<div lang=ar><p lang=\"de\"/>Unterauftragsverarbeiter</div><svg><g lang=\"de\"/>x</svg>",
                "<div lang=ar><p lang=\"de\"/>W</div><svg><g lang=\"de\"/>x</svg>",
            ),
        ];
        for (html, expected) in cases {
            assert_eq!(page(html), expected.replace('W', de), "{html}");
            assert_eq!(page(html).replace(SOFT_HYPHEN, ""), html);
        }
        assert!(!page(word).contains(SOFT_HYPHEN));
    }

    #[test]
    fn a_part_reads_as_the_page_around_it_would_read_it() {
        let part = concat!(
            "<div class=\"wrap\"><table><tr><td>Unterauftragsverarbeiter<td lang=en>responsibilities</table></div>\n",
            "<p>Auftragsverarbeitungsvertrag</p>\n"
        );
        let pages = [
            // Read once, in German, then in Dutch.
            format!("<html lang=de><body><main>{part}</main><p lang=nl>{part}</p>"),
            // In an open paragraph, its `<div>` closes the paragraph, and the language with it.
            format!("<div lang=de><p lang=ar>Arabic {part} after</div>"),
            // Verbatim, or in an attribute, or cut by the end of the page.
            format!(
                "<div lang=de><code>{part}</code><a title='{part}'>x</a>{}",
                &part[..40]
            ),
            // Followed by text that would run on from its own.
            format!(
                "<div lang=de>{}Auftragsverarbeitungsvertrag",
                part.trim_end()
            ),
        ];
        for html in &pages {
            let shared = Rc::new(Part::new(part));
            assert_eq!(
                page_with(html, std::slice::from_ref(&shared), &Whole::default()),
                page(html),
                "{html}"
            );
            // Again, from what was read the first time.
            assert_eq!(
                page_with(html, &[shared], &Whole::default()),
                page(html),
                "{html}"
            );
        }
        // A part that leaves an element open, or closes one it did not open.
        for part in [
            "<div lang=ar>Unterauftragsverarbeiter ",
            "</div>Unterauftragsverarbeiter ",
        ] {
            let html = format!(
                "<div lang=de><section lang=de>{part}</section>Unterauftragsverarbeiter</div>"
            );
            let shared = Rc::new(Part::new(part));
            assert_eq!(
                page_with(&html, &[shared], &Whole::default()),
                page(&html),
                "{html}"
            );
        }
    }

    #[test]
    fn elements_nested_past_the_depth_followed_read_in_the_deepest_one_followed() {
        let de = "Un\u{ad}ter\u{ad}auf\u{ad}trags\u{ad}ver\u{ad}ar\u{ad}bei\u{ad}ter";
        let word = "Unterauftragsverarbeiter";
        let deep = |n: usize, open: &str, close: &str| (open.repeat(n), close.repeat(n));
        // 600 spans in a German div: the inner `lang=de` is past the depth followed, so its text
        // reads in Arabic, the language of the deepest span followed; after them, German again.
        let (open, close) = deep(MAX_DEPTH + 88, "<span lang=ar>", "</span>");
        let html = format!("<div lang=de>{open}<b lang=de>{word}</b>{close}{word}</div>");
        let out = page(&html);
        assert_eq!(out.matches(de).count(), 1, "only the word after the spans");
        assert!(out.ends_with(&format!("{close}{de}</div>")));
        // Blocks nested far past it, each with a paragraph: read in one pass.
        let (open, close) = deep(50_000, "<blockquote><p>", "</p></blockquote>");
        let html = format!("<main lang=de>{open}{word}{close}<p>{word}</p></main>");
        assert_eq!(page(&html).matches(de).count(), 2);
    }

    /// What the pages of the property tests are made of.
    const PIECES: &[&str] = &[
        "<div lang=de>",
        "<div>",
        "</div>",
        "<p>",
        "<p lang=nl>",
        "</p>",
        "<ul>",
        "</ul>",
        "<li>",
        "<li lang=ar>",
        "</li>",
        "<table>",
        "<tr>",
        "<td>",
        "<td lang=en>",
        "</table>",
        "<tbody>",
        "<code>",
        "</code>",
        "<span translate=no>",
        "</span>",
        "<section>",
        "</section>",
        "<br>",
        "<svg><g/>",
        "</svg>",
        "<!-- c -->",
        "<script>a<b</script>",
        "<a title='x>y'>",
        "</a>",
        "Unterauftragsverarbeiter",
        "verantwoordelijke",
        "responsibilities",
        "Daten",
        " ",
        "\n",
        ", ",
        "&amp;",
        "<",
    ];

    proptest::proptest! {
        /// A part, wherever it is shown, reads as the page around it would read it.
        #[test]
        fn any_part_reads_as_in_its_page(
            tokens in proptest::collection::vec(0usize..PIECES.len(), 0..40),
            cut in proptest::collection::vec(0usize..40, 2)
        ) {
            let at = |n: usize| -> usize { tokens[..n.min(tokens.len())].iter().map(|t| PIECES[*t].len()).sum() };
            let html: String = tokens.iter().map(|t| PIECES[*t]).collect();
            let (start, end) = (at(cut[0].min(cut[1])), at(cut[0].max(cut[1])));
            let shared = Rc::new(Part::new(Box::<str>::from(&html[start..end])));
            proptest::prop_assert_eq!(page_with(&html, &[shared], &Whole::default()), page(&html));
        }

        /// The probing search for a long run finds what reading every byte finds.
        #[test]
        fn a_long_run_is_found_as_reading_every_byte_finds_it(text in "[a-zé .-]{0,40}") {
            let mut run = 0;
            let every_byte = text.as_bytes().iter().any(|&b| {
                run = if b.is_ascii_alphabetic() || b >= 0x80 { run + 1 } else { 0 };
                run >= MIN_CHARS
            });
            proptest::prop_assert_eq!(has_long_run(&text), every_byte);
        }

        /// Whatever a page holds, the scan ends, and only adds soft hyphens.
        #[test]
        fn any_text_comes_back_with_soft_hyphens_only(
            html in "(<|>|/|!|-|=|\"|'|\\?|&|;| |\n|lang=de|translate=no|p|li|td|tr|svg|script|title|<!--|-->|]]>|Unterauftragsverarbeiter|verantwoordelijke|é|\u{301}|\u{ad}|ب){0,40}"
        ) {
            let out = page(&html);
            proptest::prop_assert_eq!(out.replace(SOFT_HYPHEN, ""), html.replace(SOFT_HYPHEN, ""));
        }
    }
}
