"""Daftar's benchmark: ``python -m bench`` prints the performance table (see :mod:`bench.runner`).

Adding a figure is one function in ``bench/fig_*.py`` with the
:func:`bench.registry.figure` decorator. Nothing is imported here, so that
``python -m bench.startup_probe`` starts as fast as the app does.
"""
