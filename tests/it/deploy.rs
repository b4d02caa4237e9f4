//! The CI examples in docs/ci/: they parse as YAML, publish `public/`, and every candor command
//! they run works, in their order, on a new site whose first publication is recorded.

use crate::common;

use std::path::Path;

use common::{REPO, Site, candor, candor_in};
use yaml_rust2::{Yaml, YamlLoader};

fn load(name: &str) -> Yaml {
    let path = Path::new(REPO).join("docs/ci").join(name);
    let text = std::fs::read_to_string(&path).expect("the CI example exists");
    let mut docs = YamlLoader::load_from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not YAML: {e}", path.display()));
    assert_eq!(docs.len(), 1, "{name}: one document");
    docs.remove(0)
}

/// The shell lines of every GitHub Actions step, job by job, in order.
fn github_lines(workflow: &Yaml) -> Vec<String> {
    let jobs = workflow["jobs"].as_hash().expect("jobs");
    jobs.values()
        .flat_map(|job| job["steps"].as_vec().cloned().unwrap_or_default())
        .filter_map(|step| step["run"].as_str().map(str::to_string))
        .flat_map(|run| run.lines().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// The script lines of a GitLab CI job, following `extends`.
fn gitlab_lines(config: &Yaml, job: &str) -> Vec<String> {
    let job_yaml = &config[job];
    assert!(!job_yaml.is_badvalue(), "job `{job}`");
    let own: Vec<String> = job_yaml["script"]
        .as_vec()
        .map(|lines| {
            lines
                .iter()
                .filter_map(|l| l.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    match job_yaml["extends"].as_str() {
        Some(parent) if own.is_empty() => gitlab_lines(config, parent),
        _ => own,
    }
}

/// The candor command lines among `lines`, as arguments.
fn candor_commands(lines: &[String]) -> Vec<Vec<String>> {
    lines
        .iter()
        .filter_map(|l| l.trim().strip_prefix("candor "))
        .map(|args| args.split_whitespace().map(str::to_string).collect())
        .collect()
}

/// Runs every command, in its order, in a new site that recorded its first publication.
fn run_on_a_new_site(name: &str, commands: &[Vec<String>]) {
    let site = Site::empty();
    candor(&["init", &site.arg()], &[]).success();
    // What a user does first: replace the placeholders, build and commit candor.lock.
    common::fill_in(site.root());
    candor(&["build", &site.arg()], &[]).success();
    for args in commands {
        let run = candor_in(site.root(), args, &[]);
        assert_eq!(
            run.code,
            Some(0),
            "{name}: `candor {}` fails on a new site:\n{}",
            args.join(" "),
            run.stderr
        );
    }
    assert!(site.path("public/en/index.html").is_file());
}

/// What both examples must do: check strictly, build locked, and nothing else unchecked.
fn assert_publishes(name: &str, lines: &[String]) -> Vec<Vec<String>> {
    let commands = candor_commands(lines);
    let joined: Vec<String> = commands.iter().map(|c| c.join(" ")).collect();
    for needed in ["check --strict", "build --locked"] {
        assert!(
            joined.iter().any(|c| c == needed),
            "{name}: `candor {needed}` in {joined:?}"
        );
    }
    assert!(
        lines
            .iter()
            .any(|l| l.contains("cargo install --locked") && l.contains("--git")),
        "{name}: installs candor from its repository: {lines:?}"
    );
    commands
}

#[test]
fn the_github_actions_example_checks_builds_locked_and_publishes_public() {
    let workflow = load("github-actions.yml");
    let lines = github_lines(&workflow);
    let commands = assert_publishes("github-actions.yml", &lines);
    let uploads: Vec<&str> = workflow["jobs"]
        .as_hash()
        .unwrap()
        .values()
        .flat_map(|job| job["steps"].as_vec().cloned().unwrap_or_default())
        .filter(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/upload-pages-artifact@"))
        })
        .map(|s| {
            if s["with"]["path"].as_str() == Some("public") {
                "public"
            } else {
                "other"
            }
        })
        .collect();
    assert_eq!(uploads, ["public"]);
    run_on_a_new_site("github-actions.yml", &commands);
}

#[test]
fn the_gitlab_ci_example_checks_builds_locked_and_publishes_public() {
    let config = load("gitlab-ci.yml");
    // GitLab Pages publishes the `public` artifact of the job named `pages`.
    let published: Vec<&str> = config["pages"]["artifacts"]["paths"]
        .as_vec()
        .expect("pages: artifacts: paths")
        .iter()
        .filter_map(Yaml::as_str)
        .collect();
    assert_eq!(published, ["public"]);
    let lines = gitlab_lines(&config, "pages");
    let commands = assert_publishes("gitlab-ci.yml", &lines);
    assert_eq!(gitlab_lines(&config, "check"), lines);
    run_on_a_new_site("gitlab-ci.yml", &commands);
}
