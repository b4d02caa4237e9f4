//! The integration tests, in one test binary: every module below used to be a file of its own in
//! `tests/`, and each compiled and linked `common` and the dependencies again. Tests are named
//! `module::test` (`cargo test --test it build::`); all of them run in this one process, so none
//! may change process-wide state (environment, working directory): they run the real `candor`
//! binary as a child process, each on a temporary copy of a site.

mod common;

mod annex;
mod browser;
mod build;
mod changes;
mod data;
mod deploy;
mod dpv;
mod example;
mod faults;
mod harm;
mod hyphenation;
mod init;
mod language_list;
mod notice;
mod pages;
mod print;
mod receipt;
mod record;
mod regional;
mod review;
mod robustness;
mod same_bytes;
mod scale;
mod second_example;
mod serve;
mod stamp;
mod tooling;
mod translations;
mod verify;
