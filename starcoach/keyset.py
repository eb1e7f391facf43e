"""Keyset paging: the next page starts after the last row shown, found by its sort values, so
page 2,000 costs what page 1 costs (OFFSET would read and drop every row before it)."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet


@dataclass(frozen=True)
class KeysetPage:
    rows: list
    next_after: int | None  # the pk to pass as `after` for the next page, if there is one
    previous_before: int | None  # the pk to pass as `before` for the previous page


def keyset_page(
    queryset: QuerySet, ordering: tuple[str, ...], *, size: int, after=None, before=None
) -> KeysetPage:
    """One page of `queryset` in `ordering` (field names, "-" for descending, ending in a
    unique field such as "-pk"), after or before the row with that pk. A cursor row that is
    gone or no longer matches the filters gives the first page."""
    if before is not None and (bound := _sort_values(queryset, ordering, before)):
        backwards = tuple(_flip(name) for name in ordering)
        rows = list(queryset.filter(_beyond(backwards, bound)).order_by(*backwards)[: size + 1])
        more_before = len(rows) > size
        rows = rows[:size][::-1]
        return KeysetPage(rows, rows[-1].pk if rows else None, rows[0].pk if more_before else None)
    start = after is not None and _sort_values(queryset, ordering, after)
    if start:
        queryset = queryset.filter(_beyond(ordering, start))
    rows = list(queryset.order_by(*ordering)[: size + 1])
    more_after = len(rows) > size
    rows = rows[:size]
    return KeysetPage(
        rows, rows[-1].pk if more_after else None, rows[0].pk if start and rows else None
    )


def _sort_values(queryset: QuerySet, ordering, pk) -> dict | None:
    try:
        return queryset.filter(pk=pk).values(*(name.lstrip("-") for name in ordering)).first()
    except (TypeError, ValueError):  # not a pk at all
        return None


def _flip(name: str) -> str:
    return name[1:] if name.startswith("-") else f"-{name}"


def _beyond(ordering, values: dict) -> Q:
    """Rows after `values` in `ordering`: (a > x) or (a = x and b > y) or …"""
    condition, equal = Q(), Q()
    for name in ordering:
        field = name.lstrip("-")
        lookup = "lt" if name.startswith("-") else "gt"
        condition |= equal & Q(**{f"{field}__{lookup}": values[field]})
        equal &= Q(**{field: values[field]})
    return condition
