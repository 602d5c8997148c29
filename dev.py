#!/usr/bin/env python3
"""Set up and run Daftar from a fresh checkout, with nothing but Python 3.11+.

    python3 dev.py demo     # the app, signed in to a local demo school
    python3 dev.py test     # the whole test suite (extra arguments go to pytest)
    python3 dev.py bench    # the performance table
    python3 dev.py package  # the one-folder build in dist/daftar, then its --self-test

Each creates ``.venv`` and installs what it needs the first time (and again
when pyproject.toml changes). The tests also need PostgreSQL, qpdf, openssl and
poppler's pdftoppm from the system: as root with apt-get they are installed;
otherwise this says which packages to install.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".daftar-installed"

# Debian packages the tests use, and a program each provides.
SYSTEM_PACKAGES = {
    "postgresql": "initdb",
    "qpdf": "qpdf",
    "poppler-utils": "pdftoppm",
    "gnome-keyring": "gnome-keyring-daemon",  # a real Secret Service for the keyring test
    "dbus-x11": "dbus-run-session",
    "binutils": "objdump",  # PyInstaller reads the build's libraries with it (tests/test_package.py)
    "openssl": "openssl",  # the TLS test's self-signed certificate (tests/sync/test_tls.py)
}


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):
        sys.exit("Daftar needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted and PY.exists():
        return
    if not PY.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    print(f"Installing Daftar and what it needs ({extras}) …", flush=True)
    subprocess.run([PY, "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([PY, "-m", "pip", "install", "-q", "-e", f".[{extras}]"], check=True, cwd=ROOT)
    STAMP.write_text(wanted)


def postgres_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    return versions[0].parent if versions else None


def ensure_system_packages() -> None:
    def present(pkg: str) -> bool:
        if pkg == "postgresql":
            return postgres_bin() is not None
        return shutil.which(SYSTEM_PACKAGES[pkg]) is not None

    missing = [pkg for pkg in SYSTEM_PACKAGES if not present(pkg)]
    if not missing:
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        print(f"Installing {', '.join(missing)} …", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
        return
    sys.exit(
        "The tests need these system packages: " + ", ".join(missing) + ".\n"
        "Install them (e.g. sudo apt-get install " + " ".join(missing) + ") and run this again."
    )


def ensure_display_libraries() -> None:
    """The system libraries Qt's X11 plugin needs to open a window (it aborts without any one of them):
    read from the plugin itself with ``ldd``, once PySide6 is installed. A fresh Debian lacked
    libxcb-cursor0, and on another machine libxcb-icccm4 and libxcb-keysyms1."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    missing = missing_display_packages()
    if not missing:
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        print(f"Installing {', '.join(missing)} (for Qt's window on X11) …", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
        return
    sys.exit(
        "Qt needs these system libraries to open Daftar's window: " + ", ".join(missing) + ".\n"
        "Install them (e.g. sudo apt-get install " + " ".join(missing) + ") and run this again."
    )


def missing_display_packages() -> list[str]:
    """Debian's packages for the libraries Qt's X11 plugin (in .venv) links to and this system lacks.
    A library's package is named after its soname: libxcb-icccm.so.4 → libxcb-icccm4,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0."""
    qt = next(VENV.glob("lib/python3*/site-packages/PySide6/Qt"), None)
    if qt is None or not shutil.which("ldd"):
        return []
    plugins = [qt / "plugins" / "platforms" / "libqxcb.so", *(qt / "lib").glob("libQt6XcbQpa.so*")]
    missing: set[str] = set()
    for plugin in plugins:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                base, _, version = line.split("=>")[0].strip().partition(".so.")
                version = version.split(".")[0]
                missing.add((base + ("-" if base[-1].isdigit() else "") + version).lower())
    return sorted(missing)


TEST_EXTRAS = "server,test,package"


def package(pyinstaller_args: list[str]) -> int:
    """Build dist/daftar with PyInstaller (packaging/daftar.spec), then run the build's --self-test."""
    import time

    started = time.monotonic()
    code = subprocess.call([PY, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                            *pyinstaller_args, str(ROOT / "packaging" / "daftar.spec")])
    if code:
        return code
    built = ROOT / "dist" / "daftar"
    size = sum(f.stat().st_size for f in built.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Built dist/daftar: {size / 2**20:.0f} MiB in {time.monotonic() - started:.0f} s. Checking it …", flush=True)
    if sys.platform == "darwin":
        program = ROOT / "dist" / "Daftar.app" / "Contents" / "MacOS" / "daftar"
    else:
        program = built / ("daftar.exe" if os.name == "nt" else "daftar")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return subprocess.call([program, "--self-test"], env=env)


def compile_bytecode() -> None:
    """Daftar's modules compiled to bytecode, as an installed Daftar has them. Python writes it on first
    import only where it may: with PYTHONDONTWRITEBYTECODE set (some shells and CI images set it) every
    process the tests start (the server, the command line, the app) compiled them from source again,
    ~0.7 s of CPU each. Only what changed since the last run is compiled."""
    subprocess.run([PY, "-m", "compileall", "-q", "app", "server", "bench"], cwd=ROOT,
                   stdout=subprocess.DEVNULL, check=False)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "help"
    rest = argv[1:]
    os.chdir(ROOT)
    if command == "demo":
        ensure_venv("server")
        ensure_display_libraries()
        compile_bytecode()
        return subprocess.call([PY, "-m", "app.cli", "--demo", *rest])
    if command == "test":
        ensure_system_packages()
        ensure_venv(TEST_EXTRAS)
        compile_bytecode()
        env = dict(os.environ)
        pg = postgres_bin()
        if pg:
            env["DAFTAR_PG_BIN"] = str(pg)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([PY, "-m", "pytest", *rest], env=env)
    if command == "package":
        # The same extras as the tests (whose test_package builds it too): no reinstall between them.
        ensure_venv(TEST_EXTRAS)
        return package(rest)
    if command == "bench":
        ensure_venv("server,test")
        return subprocess.call([PY, "-m", "bench", *rest])
    print(__doc__)
    return 0 if command in ("help", "-h", "--help") else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
