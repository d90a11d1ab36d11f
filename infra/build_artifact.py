"""Build the deployable Lambda zip: `make build` -> dist/steady-ground.zip.

The zip holds, at its root (Lambda's /var/task):
  lambda_function.py, steady_ground/   the skill (from lambda/)
  content/                             the spoken templates
  <the pinned runtime dependencies>    from lambda/requirements.txt, as wheels for Lambda's
                                       python3.13 on arm64 (manylinux2014_aarch64); boto3 and
                                       botocore are left out because the runtime ships them.

Bytecode is compiled by a Python 3.13 interpreter (the runtime's version: a .pyc is only valid for
the minor version that wrote it) with unchecked-hash invalidation, so the read-only /var/task never
needs a recompile and the bytes do not depend on file times. co_filename is rewritten to
/var/task/... as Lambda sees it. Without a local 3.13 the zip ships sources only and still works;
the build says so loudly. Entries are sorted and time-stamped 1980-01-01, so the same inputs give
the same bytes.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_VERSION = "3.13"
TARGET_PLATFORM = "manylinux2014_aarch64"
LAMBDA_TASK_ROOT = "/var/task"
# Shipped by the Lambda Python runtime; a copy in the zip would shadow the runtime's patched one.
RUNTIME_PROVIDED = {"boto3", "botocore", "s3transfer", "jmespath"}
# Declared by a dependency but never imported by the skill, so never shipped: ask-sdk-core needs
# requests only for its DefaultApiClient, which the skill never builds (its Alexa API calls use
# urllib with explicit timeouts). Leaving it out keeps requests, charset-normalizer, idna and certifi
# (about 0.75 MB) out of the zip; the artifact test proves every module still imports and answers.
NOT_SHIPPED = {"requests"}
# Requirements markers are evaluated as on Lambda.
TARGET_MARKERS = {
    "python_version": "3.13",
    "python_full_version": "3.13.0",
    "platform_machine": "aarch64",
    "platform_system": "Linux",
    "sys_platform": "linux",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "extra": "",
}
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
SKIP_DIRS = {"__pycache__", "bin"}


def log(msg: str) -> None:
    print(f"build: {msg}", file=sys.stderr, flush=True)


def find_target_python() -> str | None:
    """A working Python 3.13: $SG_TARGET_PYTHON, python3.13 on PATH, or a pyenv/system install."""
    candidates: list[str] = []
    if os.environ.get("SG_TARGET_PYTHON"):
        candidates.append(os.environ["SG_TARGET_PYTHON"])
    on_path = shutil.which("python3.13")
    if on_path:
        candidates.append(on_path)
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    candidates += sorted(glob.glob(f"{pyenv_root}/versions/3.13*/bin/python3.13"), reverse=True)
    candidates += ["/usr/bin/python3.13", "/usr/local/bin/python3.13"]
    for exe in candidates:
        try:
            out = subprocess.run(
                [exe, "-c", "import sys; print('{}.{}'.format(*sys.version_info[:2]))"],
                capture_output=True, text=True, timeout=30, check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out.returncode == 0 and out.stdout.strip() == TARGET_VERSION:
            return exe
    return None


def install_dependencies(stage: Path, requirements: Path) -> None:
    cmd = [
        sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "--no-deps", "--no-compile", "--only-binary=:all:",
        "--platform", TARGET_PLATFORM, "--implementation", "cp",
        "--python-version", TARGET_VERSION, "--abi", "cp" + TARGET_VERSION.replace(".", ""),
        "--target", str(stage), "-r", str(requirements),
    ]
    log(f"pip install --platform {TARGET_PLATFORM} --python-version {TARGET_VERSION} (-r {requirements.name})")
    subprocess.run(cmd, check=True)


def check_dependency_closure(stage: Path) -> list[str]:
    """Every requirement of every installed distribution is installed too, or is runtime-provided.

    pip ran with --no-deps so only pinned versions go in; this catches a pin that went missing.
    Returns the installed distribution names.
    """
    from importlib.metadata import distributions

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    dists = list(distributions(path=[str(stage)]))
    names = {canonicalize_name(d.metadata["Name"]) for d in dists}
    leaked = names & {canonicalize_name(n) for n in RUNTIME_PROVIDED}
    if leaked:
        raise SystemExit(f"build: runtime-provided packages must not be bundled: {sorted(leaked)}")
    missing: list[str] = []
    for dist in dists:
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate(TARGET_MARKERS):
                continue
            name = canonicalize_name(req.name)
            if name not in names and name not in RUNTIME_PROVIDED and name not in NOT_SHIPPED:
                missing.append(f"{dist.metadata['Name']} needs {spec}")
    if missing:
        raise SystemExit("build: unpinned dependencies (add them to lambda/requirements.txt):\n  " + "\n  ".join(missing))
    return sorted(names)


def copy_tree(src: Path, dst: Path) -> None:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


def stage_sources(stage: Path) -> None:
    shutil.copy2(ROOT / "lambda" / "lambda_function.py", stage / "lambda_function.py")
    copy_tree(ROOT / "lambda" / "steady_ground", stage / "steady_ground")
    copy_tree(ROOT / "content", stage / "content")


def prune(stage: Path) -> None:
    """Drop console scripts and any bytecode pip or a copy left behind."""
    for path in sorted(stage.rglob("*"), reverse=True):
        if path.is_dir() and path.name in SKIP_DIRS:
            shutil.rmtree(path)
        elif path.is_file() and path.suffix in {".pyc", ".pyo"}:
            path.unlink()


def stage_templates(stage: Path) -> None:
    """Precompile the templates into compiled_templates/ beside content/ (their bytecode comes next):
    the renderer loads them with jinja2's ModuleLoader instead of compiling every template at init."""
    sys.path.insert(0, str(ROOT / "lambda"))
    from steady_ground.render import COMPILED_DIR, compile_templates

    count = compile_templates(stage / COMPILED_DIR, stage / "content")
    log(f"precompiled {count} templates into {COMPILED_DIR}/")


def compile_bytecode(stage: Path, python: str) -> None:
    log(f"compiling bytecode with {python} (unchecked-hash, paths as {LAMBDA_TASK_ROOT})")
    subprocess.run(
        [python, "-W", "ignore::SyntaxWarning", "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash",
         "-s", str(stage), "-p", LAMBDA_TASK_ROOT, str(stage)],
        check=True,
    )


def iter_files(stage: Path) -> Iterator[tuple[str, Path]]:
    for path in stage.rglob("*"):
        if path.is_file():
            yield path.relative_to(stage).as_posix(), path


def write_zip(files: Iterable[tuple[str, Path]], out: Path) -> None:
    """A reproducible zip: sorted names, fixed times, fixed modes, one compression level."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, path in sorted(files):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.create_system = 3  # unix, so the mode below is honoured
            info.external_attr = (0o100644 & 0xFFFF) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with path.open("rb") as fh:
                zf.writestr(info, fh.read(), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    tmp.chmod(0o644)
    tmp.replace(out)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "steady-ground.zip")
    parser.add_argument("--stage", type=Path, default=None,
                        help="staging folder (default: a fresh one under build/, removed afterwards)")
    parser.add_argument("--requirements", type=Path, default=ROOT / "lambda" / "requirements.txt")
    parser.add_argument("--require-bytecode", action="store_true",
                        help="fail instead of shipping sources only when no Python 3.13 is found")
    args = parser.parse_args(argv)

    if args.stage is None:
        (ROOT / "build").mkdir(exist_ok=True)
        # A private staging folder: two builds at once (parallel test workers) never share one.
        with tempfile.TemporaryDirectory(prefix="artifact-", dir=ROOT / "build") as stage:
            return build(Path(stage), args)
    if args.stage.exists():
        shutil.rmtree(args.stage)
    args.stage.mkdir(parents=True)
    return build(args.stage, args)


def build(stage: Path, args: argparse.Namespace) -> int:
    install_dependencies(stage, args.requirements)
    prune(stage)
    installed = check_dependency_closure(stage)
    stage_sources(stage)
    stage_templates(stage)

    python = find_target_python()
    if python:
        compile_bytecode(stage, python)
    elif args.require_bytecode:
        raise SystemExit(f"build: no Python {TARGET_VERSION} found for bytecode (set SG_TARGET_PYTHON)")
    else:
        log(f"WARNING: no Python {TARGET_VERSION} here, so the zip ships sources only (valid, but every cold "
            f"init compiles in memory); set SG_TARGET_PYTHON to a {TARGET_VERSION} interpreter")

    write_zip(iter_files(stage), args.out)
    size = args.out.stat().st_size
    log(f"dependencies: {', '.join(installed)}")
    log(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: "
        f"{size} bytes ({size / 1024 / 1024:.2f} MiB), sha256 {sha256(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
