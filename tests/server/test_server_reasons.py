"""A refusal names its sentence: the push result carries ``reason_key`` and ``reason_args`` beside the English.

The client says the sentence in the person's language from its own copy of
the catalogue (``app/sync/reasons.py``); these tests hold the server to its
half: every refusal it raises is a sentence of ``server/reasons.py``, and
what it sends fills that sentence to exactly the English ``reason``.
"""

from __future__ import annotations

import ast
import json
import string
from pathlib import Path

from app.sync.protocol import FIELD_REASONS
from server.reasons import REASONS, english
from tests.server.conftest import attendance, mark, today, uid

SERVER = Path(__file__).resolve().parents[2] / "server"


def keyed(result: dict) -> dict:
    """The result's key and arguments, checked against its English sentence."""
    assert result["status"] == "rejected", result
    assert result["reason_key"] in REASONS, result
    assert isinstance(result["reason_args"], dict)
    assert result["reason"] == english(result["reason_key"], result["reason_args"])
    return {"key": result["reason_key"], **result["reason_args"]}


def _keys(node: ast.expr | None, constants: dict[str, str | list[str]]) -> list[str] | None:
    """The keys a ``Rejected(code, key, …)`` call can name, or None if it names none we can read."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and isinstance(constants.get(node.id), str):  # a module's KEY = "…"
        return [constants[node.id]]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) \
            and isinstance(constants.get(node.value.id), list):  # a module's KEYS = {…: "…"}, one of its values
        return constants[node.value.id]
    if isinstance(node, ast.IfExp):
        body, orelse = _keys(node.body, constants), _keys(node.orelse, constants)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Attribute) and node.attr == "key":  # a FieldError's own key
        return list(FIELD_REASONS)
    return None


def test_every_refusal_the_server_raises_is_a_sentence_of_the_catalogue():
    used: set[str] = set()
    unkeyed: list[str] = []
    for path in sorted(SERVER.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants: dict[str, str | list[str]] = {
            target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)}
        constants.update({  # dicts whose values are all strings: the keys a subscript of them can name
            target.id: [v.value for v in node.value.values] for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Dict) and node.value.values
            and all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.value.values)
            for target in node.targets if isinstance(target, ast.Name)})
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Rejected":
                keys = _keys(node.args[1] if len(node.args) > 1 else None, constants)
                if keys is None or not set(keys) <= set(REASONS):
                    unkeyed.append(f"{path.name}:{node.lineno}")
                else:
                    used.update(keys)
    assert not unkeyed, f"refusals not named by a key of server/reasons.py: {unkeyed}"
    assert {"holiday_named", "closed_day", "weekend_day", "mark_entry_closed", "no_such_alert"} <= used
    for key, template in REASONS.items():
        holes = [name for _text, name, _spec, _conv in string.Formatter().parse(template) if name is not None]
        assert all(h.isidentifier() for h in holes), (key, template)


def test_a_refused_push_names_its_sentence_and_its_values(client, school):
    admin = school.login(client, "admin")
    holiday = admin.push_one("school_calendar", uid(), {"school_id": school.id, "date": today(-1),
                                                        "kind": "holiday", "name": "Eid"})
    assert holiday["status"] == "applied" and "reason_key" not in holiday
    teacher = school.login(client, "teacher1")
    results = teacher.push(
        teacher.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a", date=today(-1))),
        teacher.mutation("marks", uid(), mark(school, "student1", "assess_closed", 1000)),
        teacher.mutation("fee_heads", uid(), {"school_id": school.id, "code": "TUI", "name": "Tuition"}),
        teacher.mutation("marks", uid(), {"score_centi": "forty"}),
        teacher.mutation("attendance_marks", uid(), attendance(school, "student1", "sec_a", code="ZZ")),
    )["results"]
    said = [keyed(r) for r in results]
    assert said[0] == {"key": "holiday_named", "date": today(-1), "name": "Eid"}
    assert results[0]["reason"] == f"{today(-1)} is a holiday (Eid): no attendance is taken."
    assert said[1]["key"] == "mark_entry_closed" and said[1]["term"]
    assert results[1]["code"] == "entry_closed"
    assert said[2] == {"key": "role_may_not_change", "role": "teacher", "record": "fee head"}
    assert said[3] == {"key": "field_type", "field": "marks.score_centi", "kind": "int", "value": "'forty'"}
    assert said[4] == {"key": "unknown_attendance_code", "code": "ZZ"}
    assert results[4]["reason"] == "'ZZ' is not one of this school's attendance codes."
    json.dumps(results)  # plain JSON all through


def test_a_replayed_push_answers_with_the_same_key_and_values(client, school):
    teacher = school.login(client, "teacher1")
    sent = teacher.mutation("marks", uid(), mark(school, "student1", "assess_closed", 1000))
    first = teacher.push(sent)["results"][0]
    again = teacher.push(sent)["results"][0]
    assert keyed(first) == keyed(again)
    assert again["reason"] == first["reason"]
