"""Who is acting, and the one kind of error a service raises for a person.

A refusal is written once, in English, as a template with named arguments,
and marked for the translators the way ``pyside6-lupdate`` reads it::

    raise ServiceError(QT_TRANSLATE_NOOP("services.fees", "Receipt {number} is already cancelled."),
                       number=receipt.number)

``str(exc)`` is the English sentence (logs, the command line, the server);
the UI shows it in the person's language with ``app.ui.i18n.translated(exc)``,
which translates the template, then each argument that is itself a marked
word (a :class:`Message` or :class:`Sentence`), then fills the holes. This
module imports nothing from Qt: the services stay Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class Message(str):
    """An English text marked for translation, with the lupdate context it is filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> "Message":
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __reduce__(self):  # noqa: ANN204 - pickling keeps the context
        return (Message, (self.context, str(self)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for ``pyside6-lupdate`` under ``context``; returns it, in English, as a :class:`Message`."""
    return Message(context, text)


class Sentence(str):
    """An English sentence made from a template and named arguments; the string is the English.

    Anything that treats it as a ``str`` (a log, a CSV, a PDF) gets the English
    sentence; the UI translates ``template`` under its context and the
    arguments that are words, then formats (``app.ui.i18n.translated``). A
    plain ``str`` template (no marker) is kept as it is, untranslated.
    """

    template: str
    arguments: dict[str, Any]

    def __new__(cls, template: str = "", /, **arguments: Any) -> "Sentence":
        english = template.format(**arguments) if arguments else str(template)
        self = super().__new__(cls, english)
        self.template = template
        self.arguments = arguments
        return self

    @property
    def context(self) -> str | None:
        return self.template.context if isinstance(self.template, Message) else None

    def __reduce__(self):  # noqa: ANN204
        return (_sentence, (self.template, self.arguments))


def _sentence(template: str, arguments: dict[str, Any]) -> Sentence:
    return Sentence(template, **arguments)


class ServiceError(Exception):
    """A rule of the school refused a change. ``str(exc)`` is the English sentence for the person.

    ``ServiceError(QT_TRANSLATE_NOOP("services.x", "… {name} …"), name=value)``
    keeps the template and its arguments (``exc.sentence``) so the UI can say
    it in the person's language; ``ServiceError("plain text")`` still works
    and is shown as it is.
    """

    def __init__(self, message: str = "", /, **arguments: Any) -> None:
        self.sentence = message if isinstance(message, Sentence) and not arguments \
            else Sentence(message, **arguments)
        super().__init__(str(self.sentence))

    def __reduce__(self):  # noqa: ANN204 - a copy keeps the template and its arguments
        return (type(self), (self.sentence,))


@dataclass(frozen=True)
class Actor:
    """The signed-in person and the device they work on."""

    user_id: str | None
    role: str  # teacher | office | principal | admin
    device_id: str
    school_id: str

    @property
    def is_office(self) -> bool:
        return self.role in ("office", "principal", "admin")

    @property
    def sees_whole_school(self) -> bool:
        return self.role in ("principal", "admin")
