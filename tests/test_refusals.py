"""A service's refusal is a marked English template with named arguments (no Qt here).

* ``ServiceError(QT_TRANSLATE_NOOP("services.x", "… {name} …"), name=value)``:
  ``str(exc)`` is the English sentence, the template and its arguments travel
  with the exception for the UI to translate;
* ``ServiceError("plain text")`` keeps working (shown as it is);
* every refusal raised in ``app/services`` is such a template (an AST walk), its
  arguments are exactly its placeholders, and lupdate really put each template
  in the translation files.
"""

from __future__ import annotations

import ast
import copy
import datetime as dt
import pickle
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.services.context import QT_TRANSLATE_NOOP, Message, Sentence, ServiceError
from app.services.fees import parse_amount

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "app" / "services"
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_a_template_refusal_reads_as_english_and_keeps_its_parts():
    word = QT_TRANSLATE_NOOP("services.fees", "left the school")
    exc = ServiceError(QT_TRANSLATE_NOOP("services.fees", "{student} has {word} and owes nothing: no payment "
                                                          "can be taken."), student="Amina Yusuf", word=word)
    assert str(exc) == "Amina Yusuf has left the school and owes nothing: no payment can be taken."
    assert exc.sentence.context == "services.fees"
    assert exc.sentence.template == "{student} has {word} and owes nothing: no payment can be taken."
    assert exc.sentence.arguments == {"student": "Amina Yusuf", "word": "left the school"}
    assert isinstance(exc.sentence.arguments["word"], Message)
    # A copy (a queued signal, a worker's result) keeps the template, its context and its arguments.
    for again in (copy.copy(exc), pickle.loads(pickle.dumps(exc))):
        assert str(again) == str(exc)
        assert again.sentence.context == "services.fees"
        assert again.sentence.arguments["word"].context == "services.fees"


def test_a_date_argument_reads_as_iso_in_english():
    exc = ServiceError(QT_TRANSLATE_NOOP("services.day_book", "Your cash of {day} is already closed on this "
                                                              "computer."), day=dt.date(2026, 3, 9))
    assert str(exc) == "Your cash of 2026-03-09 is already closed on this computer."


def test_a_plain_refusal_still_works():
    exc = ServiceError("Only the office can cancel a payment.")
    assert str(exc) == "Only the office can cancel a payment."
    assert exc.sentence.context is None and exc.sentence.arguments == {}
    assert str(ServiceError("Braces {left} alone")) == "Braces {left} alone"  # no arguments: not formatted
    assert isinstance(exc.sentence, str) and exc.sentence == str(exc)


def test_a_real_refusal_of_a_service_carries_its_template():
    with pytest.raises(ServiceError) as caught:
        parse_amount("12x", 2)
    assert str(caught.value) == "'12x' is not an amount; type digits, e.g. 1250.50."
    assert caught.value.sentence.context == "services.fees"
    assert caught.value.sentence.arguments == {"text": "12x", "decimal_point": "."}


def test_a_sentence_is_its_english_everywhere_a_str_goes():
    days = Sentence(QT_TRANSLATE_NOOP("services.setup", "{first} to {last}"), first=dt.date(2026, 1, 5),
                    last=dt.date(2026, 3, 27))
    assert days == "2026-01-05 to 2026-03-27" and f"({days})" == "(2026-01-05 to 2026-03-27)"
    exc = ServiceError(QT_TRANSLATE_NOOP("services.setup", "These dates overlap {other} ({days})."), other="Term 1",
                       days=days)
    assert str(exc) == "These dates overlap Term 1 (2026-01-05 to 2026-03-27)."


# --------------------------------------------------------------------------
# Every refusal of app/services is a marked template
# --------------------------------------------------------------------------


def _refusal_classes(services: Path) -> set[str]:
    """ServiceError and its subclasses defined in app/services (ImportFileError, ...)."""
    names = {"ServiceError"}
    for path in sorted(services.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", None) in names for b in node.bases):
                names.add(node.name)
    return names


def _marked(node: ast.expr) -> tuple[str, str] | None:
    """(context, template) when ``node`` is ``QT_TRANSLATE_NOOP("context", "template")``."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP" and len(node.args) == 2 \
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
        return node.args[0].value, node.args[1].value
    return None


def refusals(services: Path = SERVICES, root: Path = ROOT) -> tuple[list[tuple[str, int, str, str]], list[str]]:
    """Every refusal raised in app/services: (file, line, context, template), and what is wrong."""
    classes = _refusal_classes(services)
    found: list[tuple[str, int, str, str]] = []
    wrong: list[str] = []
    for path in sorted(services.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "__init__" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Call) \
                    and getattr(node.func.value.func, "id", None) == "super":
                name = "super().__init__"  # a subclass passing its sentence on
            if name not in classes and name != "super().__init__":
                continue
            where = f"{path.relative_to(root)}:{node.lineno}"
            if not node.args:
                continue
            first = node.args[0]
            marked = _marked(first)
            if marked is None:
                if isinstance(first, (ast.Constant, ast.JoinedStr, ast.BinOp)) or isinstance(first, ast.Call) \
                        and getattr(first.func, "attr", None) == "format":
                    wrong.append(f"{where}: {ast.unparse(first)[:80]} is not a marked template")
                continue  # a Sentence made elsewhere and passed on (checked where it is made)
            context, template = marked
            wanted = set(PLACEHOLDER.findall(template))
            given = {k.arg for k in node.keywords}
            if wanted != given:
                wrong.append(f"{where}: placeholders {sorted(wanted)} but arguments {sorted(given)}")
            if not context.startswith("services."):
                wrong.append(f"{where}: context {context!r} is not services.<module>")
            found.append((where, node.lineno, context, template))
    return found, wrong


def test_every_refusal_of_the_services_is_a_marked_template():
    found, wrong = refusals()
    assert len(found) >= 240, f"only {len(found)} refusals found: the walk lost its way"
    assert not wrong, "Refusals that cannot be translated:\n" + "\n".join(wrong)


def test_the_walk_catches_a_plain_or_formatted_refusal(tmp_path):
    """The check itself: plain text, an f-string and .format() fail; a marked template passes."""
    module = tmp_path / "app" / "services"
    module.mkdir(parents=True)
    (module / "bad.py").write_text(
        "from app.services.context import QT_TRANSLATE_NOOP, ServiceError\n"
        "def a(n):\n    raise ServiceError('Plain words.')\n"
        "def b(n):\n    raise ServiceError(f'Receipt {n} is cancelled.')\n"
        "def c(n):\n    raise ServiceError('Receipt {n}'.format(n=n))\n"
        "def d(n):\n    raise ServiceError(QT_TRANSLATE_NOOP('services.bad', 'Receipt {number}.'), number=n)\n"
        "def e(n):\n    raise ServiceError(QT_TRANSLATE_NOOP('services.bad', 'Receipt {number}.'), receipt=n)\n",
        encoding="utf-8")
    found, wrong = refusals(module, tmp_path)
    assert [w.split(":")[1] for w in wrong] == ["3", "5", "7", "11"]
    assert len(found) == 2


def test_lupdate_put_every_refusal_in_the_translation_files():
    """What the AST walk finds is what pyside6-lupdate extracted (run resources/translations/update.py)."""
    found, _wrong = refusals()
    for code in ("fr", "ur"):
        root = ET.parse(TRANSLATIONS / f"daftar_{code}.ts").getroot()
        messages = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
                    for m in c.iter("message")}
        missing = [f"{where}: {template}" for where, _line, context, template in found
                   if (context, template) not in messages]
        assert not missing, f"daftar_{code}.ts lacks {len(missing)} refusal(s), e.g. {missing[:3]}"


# --------------------------------------------------------------------------
# The sync's sentences (app/sync, the set-up's admin calls) are marked templates too
# --------------------------------------------------------------------------

SYNC_FILES = (*sorted((ROOT / "app" / "sync").glob("*.py")), ROOT / "app" / "ui" / "setup" / "admin_api.py")
#: The exceptions whose ``str()`` a person reads: SyncError and its kind, the stopped download, a refused admin call.
SYNC_ERRORS = frozenset({"SyncError", "SyncStopped", "AdminRefused"})
#: "ServerReasons": the server's refusals, said by key (app/sync/reasons.py; tests/test_reason_catalogues.py).
SYNC_CONTEXTS = frozenset({"Sync", "Setup", "ServerReasons"})
#: Where a Sentence is made from a catalogue of marked templates rather than one written in place.
CATALOGUE_SENTENCES = frozenset({"app/sync/reasons.py"})


def _sync_error_classes(files) -> set[str]:  # noqa: ANN001 - paths
    names = set(SYNC_ERRORS)
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    grown = True
    while grown:  # a subclass may be defined in a file read before its base's
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names \
                        and any(getattr(b, "id", None) in names for b in node.bases):
                    names.add(node.name)
                    grown = True
    return names


def _plain_text(node: ast.expr) -> bool:
    """An English sentence written in place: a string, an f-string, a sum of strings, ``"…".format()``."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) \
        or isinstance(node, (ast.JoinedStr, ast.BinOp)) \
        or isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "format"


def sync_sentences(files=SYNC_FILES, root: Path = ROOT) -> tuple[list[tuple[str, str, str]], list[str]]:  # noqa: ANN001
    """Every marked sentence of the sync's files: (where, context, template), and what is wrong.

    Wrong: a SyncError (or SyncStopped, AdminRefused) made with plain text, an f-string or
    ``.format()``; a ``Sentence`` whose template is not ``QT_TRANSLATE_NOOP("Sync" | "Setup", …)``
    or whose arguments are not its placeholders; plain text handed to a helper that is raised
    (``raise give_up("…")``, a function of the same file).
    """
    classes = _sync_error_classes(files)
    found: list[tuple[str, str, str]] = []
    wrong: list[str] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        raised_helpers = {id(node.exc) for node in ast.walk(tree) if isinstance(node, ast.Raise)
                          and isinstance(node.exc, ast.Call) and getattr(node.exc.func, "id", None) in helpers}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(root)}:{node.lineno}"
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            marked = _marked(node)
            if marked is not None:
                context, template = marked
                if context not in SYNC_CONTEXTS:
                    wrong.append(f"{where}: context {context!r} is not one of {sorted(SYNC_CONTEXTS)}")
                found.append((where, context, template))
            elif name == "Sentence":
                template = _marked(node.args[0]) if node.args else None
                if template is None and path.relative_to(root).as_posix() in CATALOGUE_SENTENCES:
                    continue
                if template is None:
                    wrong.append(f"{where}: Sentence({ast.unparse(node.args[0])[:60] if node.args else ''}) "
                                 "is not a marked template")
                    continue
                wanted = set(PLACEHOLDER.findall(template[1]))
                given = {k.arg for k in node.keywords}
                if wanted != given:
                    wrong.append(f"{where}: placeholders {sorted(wanted)} but arguments {sorted(given)}")
            elif (name in classes or id(node) in raised_helpers) and node.args and _plain_text(node.args[0]):
                wrong.append(f"{where}: {ast.unparse(node.args[0])[:80]} is not a marked template")
    return found, wrong


def test_every_sentence_of_the_sync_is_a_marked_template():
    found, wrong = sync_sentences()
    assert len(found) >= 29, f"only {len(found)} sentences found: the walk lost its way"
    assert not wrong, "Sync sentences that cannot be translated:\n" + "\n".join(wrong)


def test_the_sync_walk_catches_an_unmarked_sentence(tmp_path):
    """The check itself: a SyncError subclass made with plain text, an f-string or .format(), an unmarked
    Sentence, a Sentence missing an argument and a raised helper given plain text fail; marked ones pass."""
    module = tmp_path / "app" / "sync"
    module.mkdir(parents=True)
    (module / "bad.py").write_text(
        "from app.services.context import QT_TRANSLATE_NOOP, Sentence\n"
        "from app.sync.client import SyncError\n"
        "class Lost(SyncError):\n    pass\n"
        "def a(n):\n    raise Lost('The server went away.')\n"
        "def b(n):\n    raise Lost(f'The server answered {n}.')\n"
        "def c(n):\n    raise Lost('The server answered {n}.'.format(n=n))\n"
        "def d(n):\n    raise Lost(Sentence('The server answered {n}.', n=n))\n"
        "def e(n):\n    raise Lost(Sentence(QT_TRANSLATE_NOOP('Sync', 'The server answered {status}.'), n=n))\n"
        "def f(n):\n    raise give_up('Nobody signed in.')\n"
        "def g(n):\n    raise Lost(Sentence(QT_TRANSLATE_NOOP('Sync', 'The server answered {status}.'), status=n))\n"
        "def h(n):\n    raise ValueError('not an object')\n"
        "def give_up(message):\n    return Lost(message)\n",
        encoding="utf-8")
    found, wrong = sync_sentences([module / "bad.py"], tmp_path)
    assert sorted(int(w.split(":")[1]) for w in wrong) == [6, 8, 10, 12, 14, 16], wrong
    assert len(found) == 2


def test_lupdate_put_every_sentence_of_the_sync_in_the_translation_files():
    found, _wrong = sync_sentences()
    for code in ("fr", "ur"):
        root = ET.parse(TRANSLATIONS / f"daftar_{code}.ts").getroot()
        messages = {(c.findtext("name"), m.findtext("source")) for c in root.iter("context")
                    for m in c.iter("message")}
        missing = [f"{where}: {template}" for where, context, template in found if (context, template) not in messages]
        assert not missing, f"daftar_{code}.ts lacks {len(missing)} sync sentence(s), e.g. {missing[:3]}"
