"""The frozen build and the installers' files.

PyInstaller builds Daftar from ``packaging/daftar.spec`` once per run, into a
temporary folder (about 1 to 2.5 minutes on this 2-core machine, depending on
its load; started with the session, beside the other tests, by
``tests/support/early.py``), and the built program is then used as a person's computer would:
its ``--self-test`` offscreen, the demo school's server started from it,
the Linux install script run into a throwaway home folder and undone. The
fast tests at the end check the installers' files without a build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
#: The build measured about 235 MiB; this bound catches an unused Qt module creeping back in.
MAX_BUILD_MIB = 280


def _program(build: Path) -> Path:
    return build / ("daftar.exe" if os.name == "nt" else "daftar")


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYINSTALLER_RESET_ENVIRONMENT="1")
    env.pop("PYTHONPATH", None)  # the build must not lean on this checkout
    env.update(extra)
    return env


def _size_mib(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


@pytest.fixture(scope="module")
def build() -> Path:
    """The build from ``packaging/daftar.spec``, started with the session (tests/support/early.py)."""
    from tests.support.early import PROGRAMS

    done = PROGRAMS["package"].result()
    assert done.returncode == 0, "PyInstaller failed:\n" + done.stderr[-6000:]
    built = PROGRAMS["package"].folder / "dist" / "daftar"
    print(f"\nbuilt {built.name} in {done.seconds:.0f} s (beside other tests), {_size_mib(built):.0f} MiB")
    return built


def test_the_built_program_passes_its_self_test_offscreen(build, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    done = subprocess.run([str(_program(build)), "--self-test"], env=_env(HOME=str(home)), capture_output=True,
                          text=True, timeout=300, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert "frozen build" in lines[0]
    oks = [line for line in lines if line.strip().startswith("ok:")]
    assert len(oks) == 5, done.stdout
    assert any("migrations, at revision" in line for line in oks)
    assert any("helper process started" in line for line in oks)  # the packaged app runs as its own helper
    assert any("receipt PDF rendered" in line for line in oks)
    assert any("welcome screen rendered, receipt printed" in line for line in oks)
    assert lines[-1].startswith("Self-test passed")
    # It wrote nothing into the person's home folder.
    assert list(home.iterdir()) == []


def test_the_build_has_its_data_files_and_no_unused_qt(build):
    internal = build / "_internal"
    sources = sorted(p.name for p in (ROOT / "app" / "storage" / "migrations" / "versions").glob("*.py"))
    assert sorted(p.name for p in (internal / "app" / "storage" / "migrations" / "versions").glob("*.py")) == sources
    server_sources = sorted(p.name for p in (ROOT / "server" / "migrations" / "versions").glob("*.py"))
    assert sorted(p.name for p in (internal / "server" / "migrations" / "versions").glob("*.py")) == server_sources
    ts = sorted(p.stem for p in (ROOT / "resources" / "translations").glob("*.ts"))
    assert sorted(p.stem for p in (internal / "resources" / "translations").glob("*.qm")) == ts
    assert sorted(p.name for p in (internal / "resources" / "fonts").glob("*.ttf")) == sorted(
        p.name for p in (ROOT / "resources" / "fonts").glob("*.ttf"))
    assert sorted(p.name for p in (internal / "resources" / "icons").glob("*.svg")) == sorted(
        p.name for p in (ROOT / "resources" / "icons").glob("*.svg"))
    assert (internal / "PySide6" / "Qt" / "plugins" / "iconengines").is_dir()  # SVG icons
    names = [p.name for p in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "libgtk-3", "tkinter", "pytest"):
        found = [n for n in names if unused in n]
        assert not found, f"{unused} should not be in the build: {found[:5]}"
    size = _size_mib(build)
    assert size < MAX_BUILD_MIB, f"the build is {size:.0f} MiB"


def test_the_demo_school_server_starts_from_the_built_program(build, tmp_path):
    from app.config import Paths
    from app.sync.demo_server import DemoServer
    from app.sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION

    server = DemoServer(Paths.default(tmp_path / "data").ensure(), size="small",
                        extra_env={"PYINSTALLER_RESET_ENVIRONMENT": "1", "PYTHONPATH": ""})
    # What a frozen Daftar does for itself (sys.frozen): the same program, its hidden server entry.
    server.command = [str(_program(build)), "--run-server"]
    try:
        url = server.start(timeout=120)
        assert httpx.get(url + "/v1/health", timeout=5).status_code == 200
        # The demo school is loaded: its front-office person signs in (the demo's published password).
        signed_in = httpx.post(url + "/v1/auth/login", json={"school_code": "DEMO", "username": "office1",
                                                             "password": "office1"},
                               headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=30)
        assert signed_in.status_code == 200, signed_in.text
        assert signed_in.json()["access_token"]
    finally:
        server.stop()
    assert not server.running


def test_install_script_installs_for_the_user_and_uninstalls(build, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME="", PATH="/usr/bin:/bin")
    script = PACKAGING / "linux" / "install.sh"

    refused = subprocess.run(["sh", str(script), str(tmp_path / "nothing")], env=env, capture_output=True, text=True,
                             check=False)
    assert refused.returncode == 1 and "No Daftar build" in refused.stderr
    assert list(home.iterdir()) == []

    done = subprocess.run(["sh", str(script), str(build)], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    installed = home / ".local" / "opt" / "daftar" / "daftar"
    assert installed.is_file() and os.access(installed, os.X_OK)
    desktop = (home / ".local" / "share" / "applications" / "daftar.desktop").read_text()
    assert f"Exec={installed}\n" in desktop and "Icon=daftar\n" in desktop
    for size in (16, 32, 48, 64, 128, 256):
        assert (home / f".local/share/icons/hicolor/{size}x{size}/apps/daftar.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/daftar.svg").is_file()
    link = home / ".local" / "bin" / "daftar"
    version = subprocess.run([str(link), "--version"], env=_env(HOME=str(home)), capture_output=True, text=True,
                             timeout=120, check=False)
    assert version.stdout.strip() == f"Daftar {__version__}"

    # A copy with a data file missing fails its self-test, saying which.
    migrations = installed.parent / "_internal" / "app" / "storage" / "migrations"
    migrations.rename(migrations.with_name("gone"))
    broken = subprocess.run([str(installed), "--self-test"], env=_env(HOME=str(home)), capture_output=True,
                            text=True, timeout=300, check=False)
    assert broken.returncode == 1
    assert "Self-test failed: the migrations folder is missing" in broken.stderr

    gone = subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True, text=True, check=False)
    assert gone.returncode == 0, gone.stderr
    assert not installed.parent.exists() and not link.exists()
    assert not (home / ".local/share/applications/daftar.desktop").exists()
    assert not list((home / ".local/share/icons").rglob("daftar.*"))


# -- the installers' files, without a build ---------------------------------------------------------------


def test_the_self_test_passes_from_source(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--self-test"], env=_env(HOME=str(tmp_path)),
                          capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "from source" in done.stdout and "Self-test passed" in done.stdout


def test_icons_for_linux_windows_and_macos():
    from PIL import Image

    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        with Image.open(hicolor / f"{size}x{size}" / "apps" / "daftar.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            assert png.getextrema()[3] == (0, 255)  # transparent corners, opaque middle
    assert (hicolor / "scalable" / "apps" / "daftar.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "daftar.svg").read_bytes()
    with Image.open(PACKAGING / "windows" / "daftar.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(PACKAGING / "macos" / "daftar.icns") as icns:
        assert icns.size == (1024, 1024)


def test_every_icon_the_app_asks_for_exists():
    from app.ui.main_window import MainWindow

    asked = {screen[2] for screen in getattr(MainWindow, "SCREENS", ())}
    for source in (ROOT / "app").rglob("*.py"):
        asked.update(re.findall(r'\bicon\("([a-z0-9-]+)"\)', source.read_text(encoding="utf-8")))
    assert {"fees", "day-book", "defaulters", "roll-call", "register", "marks", "results"} <= asked
    missing = sorted(name for name in asked if not (ROOT / "resources" / "icons" / f"{name}.svg").is_file())
    assert not missing, f"icons the app uses but resources/icons lacks: {missing}"


def test_installer_scripts_agree_with_the_app():
    iss = (PACKAGING / "windows" / "daftar.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss
    assert "SetupIconFile=daftar.ico" in iss and (PACKAGING / "windows" / "daftar.ico").is_file()
    assert re.search(r"^\[Icons\]\s*\nName: \"\{autoprograms\}", iss, re.M)  # the Start-menu entry
    assert "Tasks: desktopicon" in iss
    desktop = (PACKAGING / "linux" / "daftar.desktop").read_text(encoding="utf-8").splitlines()
    assert desktop[0] == "[Desktop Entry]"
    keys = dict(line.split("=", 1) for line in desktop[1:] if "=" in line)
    assert keys["Type"] == "Application" and keys["Icon"] == "daftar" and keys["Exec"] == "daftar"
    spec = (PACKAGING / "daftar.spec").read_text(encoding="utf-8")
    assert "BUNDLE(" in spec and "CFBundleShortVersionString" in spec
