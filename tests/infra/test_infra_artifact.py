"""The deployable zip (`make build` -> dist/steady-ground.zip): complete, reproducible, and it answers a
LaunchRequest when unpacked alone, the way Lambda runs it."""

from __future__ import annotations

import fcntl
import json
import os
import posixpath
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tools import alexa
from tools.local_dynamo import LocalDynamo

from infra import build_artifact

ROOT = Path(__file__).resolve().parents[2]
ZIP = ROOT / "dist" / "steady-ground.zip"
DRIVER = Path(__file__).with_name("artifact_driver.py")
BUILD_INPUTS = [ROOT / "lambda", ROOT / "content", ROOT / "infra" / "build_artifact.py"]
SMOKE_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000a11e"


def _newest_input() -> float:
    stamps = [p.stat().st_mtime for base in BUILD_INPUTS for p in ([base] if base.is_file() else base.rglob("*"))
              if p.is_file() and "__pycache__" not in p.parts]
    return max(stamps)


@pytest.fixture(scope="session")
def artifact() -> Path:
    """The zip `make build` made; built here if it is missing or older than its sources.

    A lock keeps parallel test workers (pytest -n) from building it twice at once."""
    ZIP.parent.mkdir(exist_ok=True)
    with (ZIP.parent / ".build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ZIP.exists() or ZIP.stat().st_mtime < _newest_input():
            subprocess.run([sys.executable, str(ROOT / "infra" / "build_artifact.py")], check=True, cwd=ROOT)
    return ZIP


@pytest.fixture(scope="session")
def names(artifact: Path) -> list[str]:
    with zipfile.ZipFile(artifact) as zf:
        return zf.namelist()


def _repo_files(base: Path) -> dict[str, Path]:
    return {
        p.relative_to(base.parent).as_posix(): p
        for p in base.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc" and not p.name.startswith(".")
    }


def test_zip_holds_every_source_and_template_byte_for_byte(artifact: Path) -> None:
    expected = {"lambda_function.py": ROOT / "lambda" / "lambda_function.py"}
    expected |= _repo_files(ROOT / "lambda" / "steady_ground")
    expected |= _repo_files(ROOT / "content")
    assert any(name.startswith("content/") and name.endswith(".ssml.j2") for name in expected)
    with zipfile.ZipFile(artifact) as zf:
        present = set(zf.namelist())
        missing = sorted(set(expected) - present)
        assert not missing, f"not in the zip: {missing}"
        differing = sorted(name for name, path in expected.items() if zf.read(name) != path.read_bytes())
    assert not differing, f"stale in the zip: {differing}"


def test_zip_has_the_pinned_dependencies_and_not_boto3(names: list[str]) -> None:
    pins = [
        line.split("#")[0].strip()
        for line in (ROOT / "lambda" / "requirements.txt").read_text().splitlines()
        if line.split("#")[0].strip()
    ]
    assert pins, "lambda/requirements.txt pins nothing"
    tops = {name.split("/")[0] for name in names}
    for pin in pins:
        project, version = pin.split("==")
        dist_info = f"{project.replace('-', '_').lower()}-{version}.dist-info"
        assert dist_info in {t.lower() for t in tops}, f"{pin} is not installed in the zip"
    for provided in sorted(build_artifact.RUNTIME_PROVIDED):
        assert provided not in tops, f"{provided} is shipped by the Lambda runtime and must not be bundled"
    for unused in sorted(build_artifact.NOT_SHIPPED):
        assert unused not in tops, f"{unused} is never imported by the skill and must not be bundled"
    # Wheels for the target: any compiled extension is for CPython 3.13 on aarch64.
    extensions = [n for n in names if n.endswith(".so")]
    assert extensions and all("cpython-313-aarch64-linux-gnu" in n for n in extensions), extensions


def test_zip_is_reproducible_sorted_and_time_free(names: list[str], artifact: Path) -> None:
    assert names == sorted(names)
    with zipfile.ZipFile(artifact) as zf:
        infos = zf.infolist()
    assert {i.date_time for i in infos} == {build_artifact.FIXED_TIME}
    assert {(i.external_attr >> 16) & 0o777 for i in infos} == {0o644}
    assert not [n for n in names if n.startswith(("bin/", "build/", "tests/")) or "/." in n]


def test_write_zip_gives_the_same_bytes_whatever_the_file_times(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "pkg").mkdir(parents=True)
    (src / "pkg" / "b.py").write_text("B = 2\n")
    (src / "a.txt").write_text("a\n")
    first, second = tmp_path / "one.zip", tmp_path / "two.zip"
    build_artifact.write_zip(build_artifact.iter_files(src), first)
    os.utime(src / "a.txt", (1_900_000_000, 1_900_000_000))
    build_artifact.write_zip(reversed(list(build_artifact.iter_files(src))), second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as zf:
        assert zf.namelist() == ["a.txt", "pkg/b.py"]


@pytest.mark.skipif(build_artifact.find_target_python() is None, reason="no Python 3.13 here to write .pyc")
def test_zip_ships_python313_bytecode_for_every_module(names: list[str]) -> None:
    present = set(names)

    def cached(source: str) -> str:
        folder, file = posixpath.split(source)
        return posixpath.join(folder, "__pycache__", file[: -len(".py")] + ".cpython-313.pyc")

    missing = [s for s in names if s.endswith(".py") and cached(s) not in present]
    assert not missing, f"no cpython-313 bytecode for {missing[:10]}"


# -- the smoke test: unpack alone, invoke like Lambda ----------------------------------------------------


@pytest.fixture
def local_dynamo() -> Iterator[LocalDynamo]:
    saved = dict(os.environ)
    with LocalDynamo(table_name="SteadyGroundSmoke") as dynamo:
        yield dynamo
    os.environ.clear()
    os.environ.update(saved)


def _runtime_dir(tmp_path: Path) -> Path:
    """boto3 and what it needs beyond the zip, and nothing else: what Lambda's /var/runtime adds."""
    import boto3

    site = Path(boto3.__file__).resolve().parent.parent
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    for package in sorted(build_artifact.RUNTIME_PROVIDED):
        (runtime / package).symlink_to(site / package, target_is_directory=True)
    return runtime


def _speech(response: dict[str, Any]) -> str:
    ssml = response["response"]["outputSpeech"]["ssml"]
    ET.fromstring(ssml)  # well-formed SSML, or this raises
    assert ssml.startswith("<speak>") and ssml.endswith("</speak>")
    return str(ssml)


def test_unpacked_zip_answers_a_launch_request(artifact: Path, tmp_path: Path, local_dynamo: LocalDynamo) -> None:
    task = tmp_path / "task"
    with zipfile.ZipFile(artifact) as zf:
        zf.extractall(task)
    runtime = _runtime_dir(tmp_path)
    event = alexa.Session(device=alexa.Device(skill_id=SMOKE_SKILL_ID)).envelope(alexa.launch())
    event_file = tmp_path / "launch.json"
    event_file.write_text(json.dumps(event))
    python = build_artifact.find_target_python() or sys.executable
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "LAMBDA_TASK_ROOT": str(task),
        "AWS_LAMBDA_FUNCTION_NAME": "steady-ground-smoke",
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "smoke",
        "AWS_SECRET_ACCESS_KEY": "smoke",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_DYNAMODB": local_dynamo.endpoint,
        "TABLE_NAME": local_dynamo.table_name,
        "RETENTION_DAYS": "180",
        "ID_HASH_SECRET": "smoke-test-secret-" + "x" * 32,
        "SKILL_ID": SMOKE_SKILL_ID,
    }
    done = subprocess.run(
        [python, "-S", "-E", "-B", str(DRIVER), str(task), str(runtime), str(event_file)],
        cwd=task, env=env, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])

    # SnapStart snapshots the state after import: no SDK client, credentials or connection in it.
    assert report["aws_sdk_at_init"] == []
    assert report["foreign_modules"] == [], f"imported from outside the zip and the runtime: {report['foreign_modules'][:20]}"
    assert report["skill_modules_outside_task"] == []
    assert "steady_ground.storage.dynamo" in report["skill_modules"]
    launch, malformed = report["launch"], report["malformed"]
    assert launch["version"] == "1.0"
    spoken = _speech(launch)
    fallback = _speech(malformed)
    assert spoken != fallback, "the launch fell through to the malformed-request answer"
    words = " ".join("".join(ET.fromstring(spoken).itertext()).split())
    assert len(words.split()) >= 5, f"a launch that says almost nothing: {words!r}"
    assert launch["response"].get("shouldEndSession") is not True
    if report["python"] == "3.13":
        assert report["pyc"]["checked"] > 0 and report["pyc"]["bad"] == []
    print(f"\nartifact: {artifact.stat().st_size} bytes; python {report['python']}; "
          f"init {report['init_seconds']:.2f} s; peak RSS {report['max_rss_kib'] / 1024:.0f} MiB")
