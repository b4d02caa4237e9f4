//! The tools around the site: shell completions and manual pages generated from the command
//! line, and a copy of the built-in theme to change.

use crate::common;

use clap::CommandFactory;
use common::{Site, assert_same_tree, candor, tree};

/// Every command candor has, from its command-line definition.
fn commands() -> Vec<String> {
    let names: Vec<String> = candor::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 12, "{names:?}");
    names
}

#[test]
fn completions_name_every_command_in_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = candor(&["completions", shell], &[]);
        run.success();
        for command in commands() {
            assert!(
                run.stdout.contains(&command),
                "{shell}: `{command}` missing from\n{}",
                run.stdout
            );
        }
    }
    candor(&["completions", "tcsh"], &[]).expect_code(2);
}

#[test]
fn the_manual_has_a_page_per_command_and_replaces_nothing() {
    let run = candor(&["man"], &[]);
    run.success();
    assert!(run.stdout.starts_with(".ie"), "roff: {}", &run.stdout[..80]);
    for command in commands() {
        // roff writes a hyphen as `\-`.
        let roff = command.replace('-', "\\-");
        assert!(run.stdout.contains(&roff), "candor.1 names `{command}`");
    }

    let tmp = Site::empty();
    let dir = tmp.path("man");
    let dir_arg = dir.to_str().unwrap();
    candor(&["man", "--out", dir_arg], &[]).success();
    let mut expected = vec!["candor.1".to_string()];
    expected.extend(commands().iter().map(|c| format!("candor-{c}.1")));
    expected.sort();
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, expected);
    let build = std::fs::read_to_string(dir.join("candor-build.1")).unwrap();
    assert!(build.contains("\\-\\-locked"), "{build}");
    // Again: the same pages are left as they are.
    candor(&["man", "--out", dir_arg], &[]).success();
    // A page of someone else's is never replaced.
    std::fs::write(dir.join("candor-build.1"), "mine\n").unwrap();
    let before = tree(&dir);
    let run = candor(&["man", "--out", dir_arg], &[]);
    run.expect_code(2);
    assert!(run.stderr.contains("candor-build.1"), "{}", run.stderr);
    assert_same_tree(&before, &tree(&dir));
}

/// `candor build SITE --locked --out OUT`, which must succeed.
fn build_locked(site: &Site, out: &std::path::Path) {
    candor(
        &[
            "build",
            &site.arg(),
            "--locked",
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    )
    .success();
}

#[test]
fn a_copied_theme_builds_the_very_same_site() {
    let site = Site::example();
    let built_in = site.path("out/built-in");
    build_locked(&site, &built_in);

    // The example keeps its own copy in themes/default/: never written over.
    let before = tree(site.root());
    let run = candor(&["copy-theme", &site.arg()], &[]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("already exists") && run.stderr.contains("--name"),
        "{}",
        run.stderr
    );
    for name in ["../escape", "", ".hidden", "a/b"] {
        candor(&["copy-theme", &site.arg(), "--name", name], &[]).expect_code(2);
    }
    assert_same_tree(&before, &tree(site.root()));

    std::fs::remove_dir_all(site.path("themes")).unwrap();
    let run = candor(&["copy-theme", &site.arg(), "--name", "mine"], &[]);
    run.success();
    assert!(run.stdout.contains("theme = \"mine\""), "{}", run.stdout);
    let copied = tree(&site.path("themes/mine"));
    assert!(copied.contains_key(std::path::Path::new("templates/page.html")));
    assert!(copied.contains_key(std::path::Path::new("static/style.css")));
    // The copy is the built-in theme, byte for byte.
    let repository = tree(&std::path::Path::new(common::REPO).join("themes/default"));
    assert_same_tree(&repository, &copied);

    site.replace("candor.toml", "theme = \"default\"", "theme = \"mine\"");
    let copy = site.path("out/copy");
    build_locked(&site, &copy);
    assert_same_tree(&tree(&built_in), &tree(&copy));
    // And the copy is used: a change to it shows.
    let style = site.read("themes/mine/static/style.css");
    site.write(
        "themes/mine/static/style.css",
        &format!("/* mine */\n{style}"),
    );
    build_locked(&site, &copy);
    assert!(
        std::fs::read_to_string(copy.join("style.css"))
            .unwrap()
            .starts_with("/* mine */")
    );

    // A second copy under the same name is refused, and so is a `themes` that is a link.
    candor(&["copy-theme", &site.arg(), "--name", "mine"], &[]).expect_code(2);
    let fresh = Site::example();
    std::fs::remove_dir_all(fresh.path("themes")).unwrap();
    let outside = Site::empty();
    std::os::unix::fs::symlink(outside.root(), fresh.path("themes")).unwrap();
    let run = candor(&["copy-theme", &fresh.arg()], &[]);
    run.expect_code(2);
    assert!(run.stderr.contains("not a folder"), "{}", run.stderr);
    assert!(tree(outside.root()).is_empty());
}

/// `candor schema --out DIR` and `candor man --out DIR` replace no file they did not write, write
/// through no link, and wait on no FIFO: each such name is refused, listed, and left as it was.
#[cfg(unix)]
#[test]
fn schema_and_man_replace_no_file_of_someone_elses_nor_follow_links_nor_wait_on_a_fifo() {
    let tmp = Site::empty();
    let victim = tmp.path("victim.txt");
    std::fs::write(&victim, "precious\n").unwrap();
    for (command, name) in [("schema", "data.schema.json"), ("man", "candor-build.1")] {
        for kind in ["mine", "link", "dangling link", "fifo"] {
            let dir = tmp.path(&format!("{command}-{}", kind.replace(' ', "-")));
            std::fs::create_dir_all(&dir).unwrap();
            let path = dir.join(name);
            match kind {
                "mine" => std::fs::write(&path, "{\"mine\": 1}\n").unwrap(),
                "link" => std::os::unix::fs::symlink(&victim, &path).unwrap(),
                "dangling link" => {
                    std::os::unix::fs::symlink(tmp.path("created-through-a-link"), &path).unwrap()
                }
                _ => {
                    let made = std::process::Command::new("mkfifo").arg(&path).status();
                    assert!(made.unwrap().success());
                }
            }
            let what = |p: &std::path::Path| {
                let meta = std::fs::symlink_metadata(p).unwrap();
                let bytes = meta.is_file().then(|| std::fs::read(p).unwrap());
                (meta.file_type(), bytes)
            };
            let before = what(&path);
            let run = candor(&[command, "--out", dir.to_str().unwrap()], &[]);
            run.expect_code(2);
            assert!(
                run.stderr.contains(name),
                "{command}, {kind}: {}",
                run.stderr
            );
            // Left as it was, and nothing else written.
            assert_eq!(what(&path), before, "{command}, {kind}");
            assert_eq!(
                std::fs::read_dir(&dir).unwrap().count(),
                1,
                "{command}, {kind}"
            );
            assert!(!tmp.path("created-through-a-link").exists());
        }
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    // Its own schemas, of an older candor, are brought up to date.
    let dir = tmp.path("schemas");
    candor(&["schema", "--out", dir.to_str().unwrap()], &[]).success();
    let path = dir.join("data.schema.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("\"description\"", "\"description\": \"old\", \"x\"", 1),
    )
    .unwrap();
    candor(&["schema", "--out", dir.to_str().unwrap()], &[]).success();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn schema_without_a_name_or_a_folder_names_both() {
    // qa150: `candor schema` alone said only that <NAME> was missing.
    let run = candor(&["schema"], &[]);
    run.expect_code(2);
    assert!(run.stderr.contains("<NAME|--out <DIR>>"), "{}", run.stderr);
    // Both at once is one too many.
    let dir = common::Site::empty();
    let out = dir.path("schemas");
    let run = candor(&["schema", "data", "--out", out.to_str().unwrap()], &[]);
    run.expect_code(2);
    assert!(run.stderr.contains("cannot be used with"), "{}", run.stderr);
    assert!(!out.exists());
}
