"""The CI files for the site's repository: valid, least-privilege, same commands as README."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
GITLAB = ROOT / ".gitlab-ci.yml"
CHECK_JSONSCHEMA = [sys.executable, "-m", "check_jsonschema"]


def load(path: Path) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); give it back its name.
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def run_blocks(workflow: dict) -> list[str]:
    return [step["run"] for job in workflow["jobs"].values() for step in job.get("steps", [])
            if "run" in step]


def test_the_workflows_exist():
    assert [p.name for p in WORKFLOWS] == ["deploy.yml", "preview-build.yml",
                                          "preview-cleanup.yml", "preview-deploy.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_github_workflow_matches_the_schema(path):
    done = subprocess.run([*CHECK_JSONSCHEMA, "--builtin-schema", "vendor.github-workflows",
                           str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_gitlab_ci_matches_the_schema():
    done = subprocess.run([*CHECK_JSONSCHEMA, "--builtin-schema", "vendor.gitlab-ci",
                           str(GITLAB)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_schema_check_does_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - uses: actions/checkout@v4\n        run: echo\n")
    done = subprocess.run([*CHECK_JSONSCHEMA, "--builtin-schema", "vendor.github-workflows",
                           str(broken)], capture_output=True, text=True, check=False)
    assert done.returncode == 1


# Skipped (not failed) without it: actionlint is a Go program, not a Python dependency of the
# project, so a machine without it is not a broken install; the schema checks above still run.
@pytest.mark.skipif(shutil.which("actionlint") is None, reason="actionlint is not installed")
def test_actionlint():
    done = subprocess.run(["actionlint", *map(str, WORKFLOWS)], capture_output=True, text=True,
                          check=False, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_pull_request_build_is_read_only_and_publishes_nothing():
    build = load(ROOT / ".github/workflows/preview-build.yml")
    assert build["on"] == {"pull_request": {"branches": ["main"]}}
    assert build["permissions"] == {"contents": "read"}
    assert all("permissions" not in job for job in build["jobs"].values())
    text = (ROOT / ".github/workflows/preview-build.yml").read_text()
    assert "secrets." not in text and "pull_request_target" not in text
    checkout = build["jobs"]["build"]["steps"][0]
    assert checkout["with"]["persist-credentials"] is False


def test_deploy_of_the_preview_never_runs_pull_request_code():
    path = ROOT / ".github/workflows/preview-deploy.yml"
    deploy = load(path)
    assert deploy["on"] == {"workflow_run": {"workflows": ["Preview build"],
                                             "types": ["completed"]}}
    steps = [step for job in deploy["jobs"].values() for step in job["steps"]]
    checkouts = [s for s in steps if s.get("uses", "").startswith("actions/checkout")]
    assert [s["with"]["ref"] for s in checkouts] == ["gh-pages"]
    scripts = "\n".join(run_blocks(deploy))
    assert "scripts/" not in scripts and "mkdocs" not in scripts and "pip " not in scripts
    assert "head_repository.full_name" in path.read_text()  # forks get no preview on the site


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_no_expression_is_pasted_into_a_shell_script(path):
    """`${{ }}` inside `run:` would let a branch name or title become shell code; use env."""
    for script in run_blocks(load(path)):
        assert "${{" not in script, script


def test_cleanup_of_closed_pull_requests_touches_only_gh_pages():
    cleanup = load(ROOT / ".github/workflows/preview-cleanup.yml")
    assert cleanup["on"] == {"pull_request_target": {"types": ["closed"]}}
    steps = cleanup["jobs"]["cleanup"]["steps"]
    checkouts = [s for s in steps if s.get("uses", "").startswith("actions/checkout")]
    assert [s["with"]["ref"] for s in checkouts] == ["gh-pages"]
    assert 'git rm -rq "pr-$NUMBER"' in "\n".join(run_blocks(cleanup))


def test_only_the_cleanup_uses_pull_request_target():
    """The privileged trigger runs with write rights on main's context; only a workflow
    that never touches pull request code may use it."""
    users = [p.name for p in WORKFLOWS if "pull_request_target" in load(p)["on"]]
    assert users == ["preview-cleanup.yml"]


def test_main_is_built_and_deployed_to_pages():
    deploy = load(ROOT / ".github/workflows/deploy.yml")
    assert deploy["on"]["push"] == {"branches": ["main"]}
    assert deploy["permissions"] == {"contents": "read"}
    assert deploy["jobs"]["deploy"]["permissions"] == {"contents": "write"}
    assert "pr-*" in "\n".join(run_blocks(deploy))  # previews survive a deploy


def ci_commands() -> list[str]:
    commands = []
    for path in WORKFLOWS:
        for script in run_blocks(load(path)):
            commands += [line.strip() for line in script.splitlines()]
    for job in yaml.safe_load(GITLAB.read_text()).values():
        if isinstance(job, dict):
            for key in ("before_script", "script", "after_script"):
                commands += [line.strip() for line in job.get(key, [])]
    return commands


def test_ci_builds_with_the_command_the_readme_gives():
    """README tells people to build with `make build`; CI does exactly that, and installs
    and builds in no other way, so that what passes on a laptop passes in CI."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`make build`" in readme
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(VENV)/bin/mkdocs build --strict" in makefile
    commands = ci_commands()
    builds = [c for c in commands if "make build" in c]
    assert len(builds) == 3  # preview-build, deploy, .gitlab-ci.yml
    others = [c for c in commands if "pip install" in c or "mkdocs build" in c]
    assert others == []


def test_every_action_is_pinned_by_its_commit_with_its_version_beside_it():
    # A tag can be moved to other code; a commit cannot. Dependabot proposes updates.
    pinned = re.compile(r"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
    uses = [line.strip().removeprefix("- ") for path in WORKFLOWS
            for line in path.read_text("utf-8").splitlines() if "uses:" in line]
    assert len(uses) >= 12
    assert [line for line in uses if not pinned.fullmatch(line)] == []
    dependabot = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text("utf-8"))
    assert {u["package-ecosystem"] for u in dependabot["updates"]} >= {"github-actions"}


def test_a_gitlab_merge_request_from_a_fork_never_deploys_pages():
    pages = yaml.safe_load(GITLAB.read_text("utf-8"))["pages"]
    first = pages["rules"][0]
    assert first == {"if": '$CI_PIPELINE_SOURCE == "merge_request_event" && '
                           "$CI_MERGE_REQUEST_SOURCE_PROJECT_ID != $CI_PROJECT_ID",
                     "when": "never"}
    guide = (ROOT / "docs" / "handleiding" / "voorbeeld.md").read_text("utf-8")
    assert 'klik bij zo\'n merge request niet op "Run pipeline"' in guide


def test_previews_build_as_previews_and_main_is_built_daily():
    """Publication dates still to come (issue 18): a preview shows such a decision marked,
    the public site gets it on its day from a daily build."""
    build = load(ROOT / ".github/workflows/preview-build.yml")
    steps = [s for s in build["jobs"]["build"]["steps"] if s.get("run") == "make build"]
    assert [s.get("env", {}).get("WOO_PREVIEW") for s in steps] == ["true"]
    deploy = load(ROOT / ".github/workflows/deploy.yml")
    assert deploy["on"]["schedule"] == [{"cron": "15 3 * * *"}]
    assert "preview: !ENV [WOO_PREVIEW, false]" in (ROOT / "mkdocs.yml").read_text("utf-8")
    assert 'export WOO_PREVIEW=true' in GITLAB.read_text("utf-8")
