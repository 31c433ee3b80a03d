"""Record what each page read of the site model while its templates ran.

Jinja2 compiles every `a.b` and `a[b]` of a template to `environment.getattr` or
`environment.getitem`; this environment notes each model node they touch, and each value
of the site itself, so a later build knows which pages a change reaches (Lektor's
`record_dependency`, done once at the one door every template read passes through).
"""
from __future__ import annotations

from typing import Any

import jinja2

from .fingerprints import SITE
from .model import NODE_TYPES, Site


class RecordingEnvironment(jinja2.Environment):
    """A Jinja2 environment that notes the nodes and site values read while `reads` is a set."""

    site: Site | None = None
    reads: set | None = None

    def getattr(self, obj: Any, attribute: str) -> Any:
        # The hottest call of rendering (hundreds per page): the note is inlined, and
        # Jinja2's own lookup is repeated here rather than called through super().
        reads = self.reads
        if reads is not None:
            if type(obj) in NODE_TYPES:
                reads.add(obj)
            elif obj is self.site:
                reads.add(SITE + attribute)
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES:
            # A theme's strings (t.document.title …): a dict has no such attribute, so Jinja2 would
            # look it up as a key after an AttributeError, which costs 1.4 µs (~40 a page).
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        try:
            return _getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        reads = self.reads
        if reads is not None:
            if type(obj) in NODE_TYPES:
                reads.add(obj)
            elif obj is self.site:
                reads.add(SITE + str(argument))
        return super().getitem(obj, argument)


_getattr = getattr
DICT_ATTRIBUTES = frozenset(dir(dict))  # the only attributes a plain dict has


def keys(reads: set) -> list[str]:
    """Return the recorded reads as sorted keys: nodes by their key, site values as "site.NAME"."""
    return sorted({read if isinstance(read, str) else read.key for read in reads})
