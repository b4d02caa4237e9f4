//! The threads candor starts: each with a stack of [`STACK`], whatever `RUST_MIN_STACK` says
//! (a small one made a parser's recursion overflow and abort), and the pool of workers that
//! loads and renders no larger than the machine ([`workers`]).

/// The stack of every thread candor starts, as large as the main thread's on Linux: the
/// parsers and the renderer recurse as deep as their nesting limits allow.
pub const STACK: usize = 8 << 20;

/// A thread named `name`, with a stack of [`STACK`].
pub fn named(name: &str) -> std::thread::Builder {
    std::thread::Builder::new()
        .name(name.to_string())
        .stack_size(STACK)
}

/// A pool of `threads` workers (rayon's), each with a stack of [`STACK`].
pub fn pool(threads: usize) -> rayon::ThreadPoolBuilder {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(STACK)
}

/// Sets up rayon's global pool, before anything uses it: [`workers`] threads.
pub fn start_workers() {
    // Fails only if the pool was set up already, which leaves it as it is.
    let _ = pool(global_workers()).build_global();
}

/// How many workers [`start_workers`] starts, from the machine and `RAYON_NUM_THREADS`.
pub fn global_workers() -> usize {
    let available = std::thread::available_parallelism().map_or(1, usize::from);
    let asked = std::env::var("RAYON_NUM_THREADS").ok();
    workers(asked.as_deref(), available)
}

/// How many workers to start: `RAYON_NUM_THREADS` where it is a number from 1 up to the
/// `available` cores (it may ask for fewer, as a CI job sharing a machine does), else one a
/// core. A thousand threads on two cores made `check` ninety times slower.
pub fn workers(asked: Option<&str>, available: usize) -> usize {
    let available = available.max(1);
    asked
        .and_then(|n| n.trim().parse::<usize>().ok())
        .filter(|n| *n >= 1)
        .map_or(available, |n| n.min(available))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workers_are_as_asked_up_to_the_cores() {
        assert_eq!(workers(None, 2), 2);
        assert_eq!(workers(Some("1"), 2), 1);
        assert_eq!(workers(Some("1000"), 2), 2);
        assert_eq!(workers(Some("0"), 4), 4);
        assert_eq!(workers(Some("many"), 4), 4);
        assert_eq!(workers(Some(" 3 "), 4), 3);
        assert_eq!(workers(None, 0), 1);
    }
}
