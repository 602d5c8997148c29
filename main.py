"""Daftar's entry point: ``python main.py --help``."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A large download runs in a helper process started with "spawn" (app/sync/download.py), which
    # imports this file again: only the app's own start is under this line. The packaged app is its
    # own interpreter; freeze_support() has it run the helper when started as one.
    multiprocessing.freeze_support()
    from app.cli import main

    sys.exit(main())
