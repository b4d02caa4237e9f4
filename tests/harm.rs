//! candor does no harm: it writes, replaces and deletes only what it made itself, reads nothing
//! from outside the site, leaks nothing it read, and survives what a careless user or an
//! attacker does to it.

mod common;

use std::path::{Path, PathBuf};

use common::{Site, assert_same_tree, candor, candor_in, tree};

/// A copy of the example site in `holder/site`.
fn site_in_holder() -> Site {
    let holder = Site::empty();
    for part in common::SITE_PARTS {
        common::copy_recursively(
            &Path::new(common::REPO).join(part),
            &holder.path("site").join(part),
        );
    }
    holder
}

fn build_into(site: &Path, out: &Path) -> common::Run {
    candor(
        &[
            "build",
            site.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        &[],
    )
}

/// Builds twice into `out`: the first build must be refused with exit 2, saying why, and the
/// second too, with nothing anywhere in the holder changed.
#[track_caller]
fn assert_refused_twice(holder: &Site, out: &Path, says: &str) {
    let before = tree(holder.root());
    for _ in 0..2 {
        let run = build_into(&holder.path("site"), out);
        run.expect_code(2);
        assert!(
            run.stderr.contains("refusing") && run.stderr.contains(says),
            "the error says why ({says}):\n{}",
            run.stderr
        );
    }
    assert_same_tree(&before, &tree(holder.root()));
}

#[test]
fn an_existing_folder_that_is_not_candors_is_never_replaced() {
    let holder = site_in_holder();
    holder.write("Documents/thesis.txt", "three years of work\n");
    assert_refused_twice(&holder, &holder.path("Documents"), "did not write");
}

#[test]
fn a_git_folder_is_never_replaced() {
    let holder = site_in_holder();
    holder.write("site/.git/HEAD", "ref: refs/heads/main\n");
    assert_refused_twice(&holder, &holder.path("site/.git"), "git");
    // Not even an empty one, or a new folder inside one.
    std::fs::create_dir_all(holder.path("empty/.git")).unwrap();
    assert_refused_twice(&holder, &holder.path("empty/.git"), "git");
    assert_refused_twice(&holder, &holder.path("site/.git/public"), "git");
}

#[test]
fn dot_dot_through_a_folder_that_does_not_exist_is_resolved() {
    let holder = site_in_holder();
    let site = holder.path("site");
    let before = tree(holder.root());
    for out in [
        "nonexist/../content",
        "nonexist/../../site",
        "a/b/../../locales/de",
    ] {
        let run = candor_in(&site, &["build", ".", "--out", out], &[]);
        run.expect_code(2);
        assert!(run.stderr.contains("refusing"), "{out}: {}", run.stderr);
    }
    assert_same_tree(&before, &tree(holder.root()));
}

#[cfg(unix)]
#[test]
fn a_link_given_as_the_output_stays_a_link() {
    let holder = site_in_holder();
    std::fs::create_dir(holder.path("www")).unwrap();
    std::os::unix::fs::symlink(holder.path("www"), holder.path("site/public")).unwrap();
    for _ in 0..2 {
        holder_build(&holder).success();
        let meta = std::fs::symlink_metadata(holder.path("site/public")).unwrap();
        assert!(meta.file_type().is_symlink(), "public/ is still the link");
        assert_eq!(
            std::fs::read_link(holder.path("site/public")).unwrap(),
            holder.path("www")
        );
        assert!(
            holder.path("www/en/index.html").is_file(),
            "the site is where the link points"
        );
    }
    // A link to somewhere candor must not write is judged by where it points.
    let holder = site_in_holder();
    std::os::unix::fs::symlink(holder.path("site/content"), holder.path("out")).unwrap();
    assert_refused_twice(&holder, &holder.path("out"), "sources");
}

fn holder_build(holder: &Site) -> common::Run {
    candor(&["build", holder.path("site").to_str().unwrap()], &[])
}

#[test]
fn candors_own_output_and_an_empty_folder_are_replaced() {
    let holder = site_in_holder();
    std::fs::create_dir(holder.path("empty")).unwrap();
    build_into(&holder.path("site"), &holder.path("empty")).success();
    build_into(&holder.path("site"), &holder.path("empty")).success();
    assert!(holder.path("empty/en/index.html").is_file());
    assert!(
        holder.path("empty/.candor-output").is_file(),
        "the output is marked"
    );
    assert!(
        holder
            .path(".empty.candor-previous/.candor-output")
            .is_file(),
        "so is the folder beside it"
    );
}

#[test]
fn an_unmarked_output_of_an_older_candor_is_still_replaced() {
    // Older versions wrote no marker, but kept their previous output beside it under a name
    // only candor gives.
    let site = Site::example();
    site.build(&[]).success();
    site.build(&[]).success();
    std::fs::remove_file(site.path("public/.candor-output")).unwrap();
    std::fs::remove_file(site.path(".public.candor-previous/.candor-output")).unwrap();
    site.build(&[]).success();
    assert!(site.path("public/.candor-output").is_file());
}

#[test]
fn leftovers_beside_the_output_are_removed_only_when_they_are_candors() {
    let site = Site::example();
    site.write(".public.candor-mine/notes.txt", "not candor's\n");
    site.write(".public.candor-old/.candor-output", "marked\n");
    site.build(&[]).success();
    assert!(site.path(".public.candor-mine/notes.txt").is_file());
    assert!(!site.path(".public.candor-old").exists());
}

/// Mounts a small tmpfs at `dir`, if this process may (root in CI); unmounts on drop.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!(
                "SKIPPED: cannot mount a tmpfs here (needs root): {}",
                dir.display()
            );
        }
        ok.then(|| Mount(dir.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_mount_point_is_refused_up_front_and_nothing_is_recorded() {
    let holder = site_in_holder();
    let Some(_mount) = Mount::tmpfs(&holder.path("volume"), "64m") else {
        return;
    };
    holder.replace(
        "site/content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let lock = holder.read_bytes("site/candor.lock");
    let run = build_into(&holder.path("site"), &holder.path("volume"));
    run.expect_code(2);
    assert!(run.stderr.contains("mount point"), "{}", run.stderr);
    assert_eq!(
        lock,
        holder.read_bytes("site/candor.lock"),
        "no publication was recorded"
    );
    // A folder inside it is fine.
    build_into(&holder.path("site"), &holder.path("volume/site")).success();
}

#[test]
fn a_full_disk_exits_2_names_the_path_once_and_cleans_up() {
    let holder = site_in_holder();
    let Some(_mount) = Mount::tmpfs(&holder.path("disk"), "256k") else {
        return;
    };
    let site = holder.path("site");
    holder.replace(
        "site/content/breach.toml",
        "notification-deadline-hours = 24",
        "notification-deadline-hours = 48",
    );
    let lock = holder.read_bytes("site/candor.lock");
    let run = build_into(&site, &holder.path("disk/public"));
    run.expect_code(2);
    assert!(
        run.stderr.contains("No space left on device"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("No space left on device").count(),
        1,
        "said once:\n{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("nothing was written"),
        "{}",
        run.stderr
    );
    assert_eq!(
        lock,
        holder.read_bytes("site/candor.lock"),
        "no publication was recorded"
    );
    let left: Vec<_> = std::fs::read_dir(holder.path("disk"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(left.is_empty(), "the staging folder was removed: {left:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_build_waiting_for_another_says_so() {
    use std::io::{BufRead, BufReader};
    let site = Site::example();
    // Another build holds the output's parent folder.
    let folder = std::fs::File::open(site.root()).unwrap();
    assert_eq!(
        unsafe { libc::flock(std::os::fd::AsRawFd::as_raw_fd(&folder), libc::LOCK_EX) },
        0
    );
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_candor"))
        .args(["build", &site.arg()])
        .env("NO_COLOR", "1")
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = stderr.read_line(&mut line);
        let _ = tx.send(line);
    });
    // The notice comes after a second; a minute means it never will.
    let line = rx.recv_timeout(std::time::Duration::from_secs(60));
    if line.is_err() {
        let _ = child.kill();
    }
    let line = line.expect("the waiting build says so");
    assert!(line.contains("waiting for another candor build"), "{line}");
    drop(folder);
    assert!(child.wait().unwrap().success());
    assert!(site.path("public/en/index.html").is_file());
}
