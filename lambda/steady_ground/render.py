"""The one renderer: every word the skill speaks comes from a jinja2 template under content/.

Templates live at ``content/<locale>/<key>.ssml.j2`` and define named blocks (``speech``,
``reprompt``, ``card_title``, ``card``, or topic parts). A key is looked up along the locale's
fallback chain (``en-GB`` -> ``en`` -> the default locale), so a locale folder holds only its
overrides; its local words (the order of a date) sit in one small macro file,
``<locale>/local.ssml.j2``. The crisis numbers are the *market's* (``<market>/crisis.ssml.j2``):
the device's country, which may differ from the language its Echo speaks (``steady_ground.markets``).
A market without an Alexa locale of its own (``en-NZ``, ``en-IE``) falls back through the locale
its homes run (``PARENTS``). Everything interpolated is escaped by autoescaping, so free text with
``&``, ``<`` or quotes can never break the SSML.

The artifact ships the templates precompiled to Python modules (``compile_templates`` at build
time, beside ``content/`` in ``compiled_templates/``, with their bytecode), loaded through jinja2's
``ModuleLoader``: init then only unmarshals bytecode instead of lexing and compiling every template.
A checkout has no compiled folder and reads ``content/`` through a ``FileSystemLoader``.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    ModuleLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    pass_context,
)
from jinja2.runtime import Context
from markupsafe import Markup

from steady_ground.text import xml_safe

SUFFIX = ".ssml.j2"
# Each locale's local words (``content/<locale>/local.ssml.j2``, macros only), found along the
# fallback chain and handed to every template as ``local``.
LOCAL_KEY = "local"
# Each market's crisis numbers (``content/<market>/crisis.ssml.j2``, macros only), found along the
# market's chain and handed to every template as ``crisis``: templates say
# ``{{ crisis.emergency() }}`` and never a number of their own.
CRISIS_KEY = "crisis"
# Markets Alexa has no locale for, and the locale their homes run: their folders hold only their
# crisis numbers, everything else comes from the parent's chain.
PARENTS: dict[str, str] = {"en-NZ": "en-AU", "en-IE": "en-GB"}
COMPILED_DIR = "compiled_templates"
MANIFEST = "manifest.json"
_WS = re.compile(r"\s+")
# Listeners for the template keys rendered: the simulator pushes a list, runs one request, pops it
# (``Reply.keys``), so tests can assert which answer was given without matching its wording.
HEARD: list[list[str]] = []


def content_root() -> Path:
    """Find content/: beside the package in the artifact, at the repo's top level in a checkout."""
    override = os.environ.get("STEADY_GROUND_CONTENT")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "content", here.parent.parent / "content"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("content/ folder not found beside the skill package")


def compiled_root(root: Path) -> Path | None:
    """The precompiled templates shipped beside ``root`` (the artifact), or None (a checkout).
    ``STEADY_GROUND_COMPILED`` names another folder (the benchmark runs a checkout that way)."""
    override = os.environ.get("STEADY_GROUND_COMPILED")
    folder = Path(override) if override else root.parent / COMPILED_DIR
    return folder if (folder / MANIFEST).is_file() else None


@pass_context
def _pick(ctx: Context, options: Sequence[Any]) -> Any:
    """Choose one phrasing, varied per request but stable within it (seeded by the request id)."""
    if not options:
        return ""
    seed = ctx.get("_seed", 0)
    salt = zlib.crc32(str(options[0]).encode("utf-8"))
    return options[(seed + salt) % len(options)]


@pass_context
def _say_date(ctx: Context, value: Any) -> Markup:
    """A date as SSML Alexa reads naturally: <say-as interpret-as="date">. Within the current year
    (``_today`` in the context) the year is left out ("????MMDD"), so it sounds like "March 3rd". A locale whose ``local`` macros define ``say_date``
    says it its own way ("the 3rd of March")."""
    if not hasattr(value, "strftime"):
        return Markup('<say-as interpret-as="date">{}</say-as>').format(str(value))
    today = ctx.get("_today")
    same_year = hasattr(today, "year") and today.year == value.year
    local_way = getattr(ctx.get("local"), "say_date", None)  # the locale's own order, if it has one
    if callable(local_way):
        return Markup(local_way(value, same_year))
    spoken = value.strftime("????%m%d" if same_year else "%Y%m%d")
    return Markup('<say-as interpret-as="date">{}</say-as>').format(spoken)


def _say_digits(value: Any) -> Markup:
    return Markup('<say-as interpret-as="telephone">{}</say-as>').format(str(value))


def locale_chain(locale: str | None, default: str) -> list[str]:
    chain: list[str] = []
    if locale:
        chain.append(locale)
        parent = PARENTS.get(locale)
        if parent is not None:
            chain.append(parent)
        lang = locale.split("-")[0]
        if lang != locale:
            chain.append(lang)
    # then the default locale and its language (the shared English base lives in ``en``)
    for fallback in (default, default.split("-")[0]):
        if fallback not in chain:
            chain.append(fallback)
    return chain


class Renderer:
    """Renders template blocks to SSML fragments (without the <speak> wrapper)."""

    def __init__(self, root: Path | None = None, default_locale: str = "en-US") -> None:
        self.root = root or content_root()
        self.default_locale = default_locale
        self.compiled = compiled_root(self.root)
        self._manifest: dict[str, list[str]] | None = None
        loader: BaseLoader = FileSystemLoader(str(self.root))
        if self.compiled is not None:
            loader = ModuleLoader(str(self.compiled))
            self._manifest = json.loads((self.compiled / MANIFEST).read_text(encoding="utf-8"))["keys"]
        self.env = _environment(loader)

        @pass_context
        def shared(ctx: Context, name: str) -> str:
            return self._shared(ctx, name)

        self.env.globals["shared"] = shared
        self._cache: dict[tuple[str, str], Template] = {}
        self._shared_paths: dict[tuple[str, str], str] = {}

    def template(self, locale: str | None, key: str) -> Template:
        cache_key = (locale or "", key)
        found = self._cache.get(cache_key)
        if found is not None:
            return found
        for loc in locale_chain(locale, self.default_locale):
            try:
                found = self.env.get_template(f"{loc}/{key}{SUFFIX}")
            except TemplateNotFound:
                continue
            self._cache[cache_key] = found
            return found
        raise TemplateNotFound(f"{key} (locale {locale})")

    def _shared(self, ctx: Context, name: str) -> str:
        """The path of a shared template (macros) for the locale being spoken, along the same
        fallback chain as every key: ``{% import shared("shared/phrases") as P with context %}``
        in ``en-US/x`` still finds an ``en-GB/shared/phrases`` override when speaking en-GB."""
        locale = str(ctx.get("_locale") or self.default_locale)
        found = self._shared_paths.get((locale, name))
        if found is not None:
            return found
        for loc in locale_chain(locale, self.default_locale):
            path = f"{loc}/{name}{SUFFIX}"
            try:
                self.env.get_template(path)
            except TemplateNotFound:
                continue
            self._shared_paths[(locale, name)] = path
            return path
        raise TemplateNotFound(f"{name} (locale {locale})")

    def _local(self, locale: str | None) -> Any:
        """The locale's local words (its ``local`` macros: the date order), or None if it has none."""
        try:
            return self.template(locale, LOCAL_KEY).module
        except TemplateNotFound:
            return None

    def _crisis(self, market: str | None) -> Any:
        """The market's crisis numbers (its ``crisis`` macros), or None if no folder has them."""
        try:
            return self.template(market, CRISIS_KEY).module
        except TemplateNotFound:
            return None

    def has_block(self, locale: str | None, key: str, block: str) -> bool:
        return block in self.template(locale, key).blocks

    def block(self, locale: str | None, key: str, block: str = "speech", *,
              market: str | Callable[[], str] | None = None, **params: Any) -> str:
        """One block of ``key`` in ``locale``'s words. ``market``: whose crisis numbers it speaks
        (default: the locale's); a callable is asked only when the block uses one (finding the
        market may need the device's time zone: no turn that speaks no number waits for it)."""
        template = self.template(locale, key)
        render = template.blocks.get(block)
        if render is None:
            raise KeyError(f"template {key!r} has no block {block!r}")
        if HEARD:
            HEARD[-1].append(key)
        params.setdefault("_locale", locale or self.default_locale)
        values = dict(params)
        local = self._local(locale)
        if local is not None:
            values.setdefault(LOCAL_KEY, local)
        if callable(market):
            found = market
            values.setdefault(CRISIS_KEY, _Deferred(lambda: self._crisis(found() or locale)))
        else:
            values.setdefault(CRISIS_KEY, self._crisis(market or locale))
        ctx = template.new_context(values)
        text = _WS.sub(" ", xml_safe("".join(render(ctx)))).strip()
        # Quotes need no escaping in SSML element text (no value is ever put in an attribute),
        # and plain quotes read better in logs-free debugging and the simulator.
        return text.replace("&#39;", "'").replace("&#34;", '"')

    def keys(self, locale: str) -> Iterable[str]:
        """Every template key present for one locale folder (for consistency tests)."""
        if self._manifest is not None:
            yield from self._manifest.get(locale, [])
            return
        base = self.root / locale
        for path in sorted(base.rglob(f"*{SUFFIX}")):
            rel = path.relative_to(base).as_posix()
            yield rel[: -len(SUFFIX)]

    def keys_along(self, locale: str) -> list[str]:
        """Every key a locale can render: its own overrides and everything it falls back to."""
        found: set[str] = set()
        for loc in locale_chain(locale, self.default_locale):
            found.update(self.keys(loc))
        return sorted(found)

    def warm(self, locales: Iterable[str]) -> int:
        """Load and compile every template now (at init), not on the first request: every key of
        each locale, and every market's crisis numbers."""
        count = 0
        for loc in locales:
            for key in self.keys_along(loc):
                self.template(loc, key)
                count += 1
        for market in PARENTS:
            self.template(market, CRISIS_KEY)
            count += 1
        return count


class _Deferred:
    """The market's crisis macros, found when a template first uses one (``Renderer.block``)."""

    __slots__ = ("_find", "_found")

    def __init__(self, find: Callable[[], Any]) -> None:
        self._find = find
        self._found: Any = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # jinja2 and markupsafe probe for __html__ and the like
            raise AttributeError(name)
        if self._found is None:
            self._found = self._find()
        return getattr(self._found, name)


def _environment(loader: BaseLoader) -> Environment:
    """The one environment: the build compiles with exactly the settings the skill renders with."""
    env = Environment(
        loader=loader,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["pick"] = _pick
    env.filters["say_date"] = _say_date
    env.filters["say_digits"] = _say_digits
    return env


def compile_templates(target: Path, root: Path | None = None) -> int:
    """Precompile every template under ``root`` into ``target`` (a build step; see the module doc).

    Writes one Python module per template and a manifest of the keys per locale, so the renderer
    can warm them all at init without walking ``content/``. Returns the number of templates.
    """
    root = root or content_root()
    target.mkdir(parents=True, exist_ok=True)
    env = _environment(FileSystemLoader(str(root)))
    env.compile_templates(str(target), zip=None, filter_func=lambda name: name.endswith(SUFFIX), ignore_errors=False)
    keys: dict[str, list[str]] = {}
    for path in sorted(root.rglob(f"*{SUFFIX}")):
        locale, rel = path.relative_to(root).as_posix().split("/", 1)
        keys.setdefault(locale, []).append(rel[: -len(SUFFIX)])
    (target / MANIFEST).write_text(json.dumps({"keys": keys}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return sum(len(v) for v in keys.values())


def plain_text(ssml: str) -> str:
    """SSML fragment to plain text, for cards and the simulator."""
    import html

    return html.unescape(_WS.sub(" ", re.sub(r"<[^>]+>", " ", ssml))).strip()
