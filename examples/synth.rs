//! Writes a synthetic site for benchmarks: `languages` × `subprocessors`, from the example.
//!
//! cargo run --release --example synth -- --languages 100 --subprocessors 1000 /tmp/big

use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// How many languages the site publishes (the first is the source language).
    #[arg(long, default_value_t = 100)]
    languages: usize,
    /// How many sub-processors every page lists.
    #[arg(long, default_value_t = 1000)]
    subprocessors: usize,
    /// The site to take content and words from.
    #[arg(long, default_value = env!("CARGO_MANIFEST_DIR"))]
    template: PathBuf,
    /// Where to write the site.
    out: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let size = candor::synth::Size {
        languages: args.languages,
        subprocessors: args.subprocessors,
    };
    candor::synth::generate(&args.template, &args.out, size)?;
    println!(
        "wrote {} ({} languages x {} sub-processors)",
        args.out.display(),
        size.languages,
        size.subprocessors
    );
    Ok(())
}
