"""How the judge worker is started: inside bubblewrap, or as a bare subprocess (--no-sandbox).

The sandbox sees the system read-only (/usr, /lib*, /bin), the Python installation
and the site-packages holding numpy and torch, the worker's own scripts at /judge,
and a small private /tmp; no network, no other processes, nothing of the user's
home or data (the mianshi database included).
"""

import importlib.util
import os
import shutil
import sys
from pathlib import Path

from mianshi.errors import MianshiError

WORKER_DIR = Path(__file__).resolve().parent / "worker"
PACKAGE_DIR = Path(__file__).resolve().parents[1]
INSIDE_DIR = "/judge"
RELOCATED_DIR = "/opt/mianshi-python"  # Python roots that live under /tmp outside
NOBODY = "65534"
TMP_BYTES = 64 << 20
INSTALL_HINT = "sudo apt-get install bubblewrap"
ENV = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    # One thread each: fair timings, and threads count against the process limit.
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
}


class SandboxError(MianshiError):
    """The sandbox is missing or cannot start."""


def find_bwrap() -> str | None:
    return shutil.which("bwrap")


def require_bwrap() -> str:
    bwrap = find_bwrap()
    if bwrap is None:
        raise SandboxError(
            "bubblewrap is not installed, so untrusted code cannot be isolated: "
            f"install it with `{INSTALL_HINT}` (or judge without isolation: --no-sandbox)"
        )
    return bwrap


def python_roots() -> list[Path]:
    """The folders Python needs: its installation, the venv, numpy's and torch's site-packages."""
    candidates = [Path(sys.base_prefix), Path(sys.prefix)]
    for name in ("numpy", "torch"):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            candidates.append(Path(spec.origin).parent.parent)
    roots: list[Path] = []
    for path in sorted({c.resolve() for c in candidates}, key=lambda p: len(p.parts)):
        covered = path.is_relative_to("/usr") or any(path.is_relative_to(r) for r in roots)
        if len(path.parts) > 1 and not covered:
            roots.append(path)
    return roots


def inside_paths(roots: list[Path]) -> dict[Path, Path]:
    """Where each root appears in the sandbox: at its own path, except under /tmp.

    The sandbox's /tmp is a private tmpfs that a submission must find empty, so a
    venv that lives under /tmp (a checkout there) is shown elsewhere instead.
    """
    return {
        root: Path(RELOCATED_DIR, str(i)) if root.is_relative_to("/tmp") else root
        for i, root in enumerate(roots)
    }


def _translate(path: Path, mapping: dict[Path, Path]) -> Path:
    for outside, inside in mapping.items():
        if path.is_relative_to(outside):
            return inside / path.relative_to(outside)
    return path


def _parents(path: Path, made: set[Path]) -> list[str]:
    # bwrap creates missing parents as 0700, which the unprivileged uid could not enter.
    args = []
    for parent in reversed(path.parents):
        if parent != Path("/") and parent not in made:
            made.add(parent)
            args += ["--perms", "0755", "--dir", str(parent)]
    return args


def bwrap_args(bwrap: str) -> list[str]:
    args = [
        bwrap, "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
        "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv",
    ]  # fmt: skip
    if os.geteuid() == 0:
        # In a user namespace made by root the code would still be root to the kernel,
        # which ignores RLIMIT_NPROC for root. So no user namespace: the worker keeps only
        # the capabilities to switch itself to nobody, and does so before anything else.
        args += ["--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    else:
        args += ["--unshare-user", "--uid", NOBODY, "--gid", NOBODY, "--disable-userns"]
    args += ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    args += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    args += ["--perms", "1777", "--size", str(TMP_BYTES), "--tmpfs", "/tmp"]
    made: set[Path] = set()
    mapping = inside_paths(python_roots())
    for root, inside in mapping.items():
        args += _parents(inside, made) + ["--ro-bind", str(root), str(inside)]
    if any(PACKAGE_DIR.is_relative_to(root) for root in mapping):
        # an installed mianshi: hide its content
        args += ["--tmpfs", str(_translate(PACKAGE_DIR, mapping))]
    args += ["--ro-bind", str(WORKER_DIR), INSIDE_DIR, "--proc", "/proc", "--dev", "/dev"]
    args += ["--chdir", "/tmp"]
    for key, value in ENV.items():
        args += ["--setenv", key, value]
    return args


def worker_command(sandboxed: bool, preload: str) -> list[str]:
    python = [sys.executable, "-I", "-B"]
    if not sandboxed:
        return [*python, str(WORKER_DIR / "main.py"), "--preload", preload]
    # The venv's own path (not the resolved interpreter), so that Python finds the venv.
    executable = _translate(Path(os.path.abspath(sys.executable)), inside_paths(python_roots()))
    python[0] = str(executable)
    return [*bwrap_args(require_bwrap()), *python, f"{INSIDE_DIR}/main.py", "--sandboxed", "--preload", preload]
