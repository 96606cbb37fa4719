"""List items rendered once and kept (PageHelpers' list_item, doc_items, each): the timeline and
phase pages list every source, the sitemap every page, and the preview renders them again after
each edit, so items and runs of items are memoised per link depth and per what they show."""

from __future__ import annotations

import zlib

from markupsafe import Markup

from .fingerprint import list_facts

RUN_ENDS = 32  # a list's runs of sources (doc_items) are this long on average


class ListRuns:
    """The memoised list rendering of PageHelpers, which gives it site, root, page and
    list_items (the environment's store; None: render everything, keep nothing)."""

    def list_item(self, macro, doc_id: str, show_phase: bool = True) -> Markup:
        """`macro(doc_id, h, site, show_phase)` (the theme's doc_item), rendered once per link
        depth and per way the source appears in lists (fingerprint.list_facts, what a list
        page's digest reads of it): the timeline and the phase pages list every source, and the
        preview renders them again after each retitle."""
        if self.list_items is None:
            return macro(doc_id, self, self.site, show_phase)
        key = (self.root, show_phase, list_facts(self.site, doc_id))
        item = self.list_items.get(key)
        if item is None:
            item = self.list_items[key] = macro(doc_id, self, self.site, show_phase)
        return item

    def doc_items(self, macro, ids, show_phase: bool = True) -> Markup:
        """list_item for each of `ids`, joined. Cut into runs where a source's id hashes to a
        boundary (RUN_ENDS), each run rendered once per link depth and per way its sources
        appear in lists: after a retitle, a date change or a source added, the preview joins
        the runs it has and renders one, rather than calling the theme for 10,000 sources.
        The cuts depend on the ids alone, so a source added shifts no other run."""
        if self.list_items is None:
            return Markup("").join(self.list_item(macro, d, show_phase) for d in ids)
        out, run = [], []
        for doc_id in ids:
            run.append(doc_id)
            if zlib.crc32(doc_id.encode("utf-8")) % RUN_ENDS == 0:
                out.append(self.doc_run(macro, run, show_phase))
                run = []
        if run:
            out.append(self.doc_run(macro, run, show_phase))
        return Markup("").join(out)

    def doc_run(self, macro, run: list[str], show_phase: bool) -> Markup:
        key = ("run", self.root, show_phase, tuple(list_facts(self.site, d) for d in run))
        item = self.list_items.get(key)
        if item is None:
            item = self.list_items[key] = Markup("").join(self.list_item(macro, d, show_phase) for d in run)
        return item

    def each(self, macro, items) -> Markup:
        """`macro(*item)` for each of `items` (tuples of plain values, the first naming the
        item), joined. In runs cut where the first value hashes to a boundary, each run
        rendered once per template and link depth (as doc_items): the macro's output must
        depend on its arguments alone. The sitemap's 10,000 lines change by one after an edit."""
        if self.list_items is None:
            return Markup("").join(macro(*item) for item in items)
        out, run = [], []
        for item in items:
            run.append(item)
            if hash(item[0]) % RUN_ENDS == 0:  # runs are kept in this process only
                out.append(self.each_run(macro, run))
                run = []
        if run:
            out.append(self.each_run(macro, run))
        return Markup("").join(out)

    def each_run(self, macro, run: list) -> Markup:
        key = ("each", self.page.template, macro.name, self.root, tuple(run))
        item = self.list_items.get(key)
        if item is None:
            item = self.list_items[key] = Markup("").join(macro(*entry) for entry in run)
        return item
