"""Ministers a source's own front matter lists, as the Beehive's releases do:
`ministers: [John Key]` with `portfolios: [Prime Minister]`, in step."""

from __future__ import annotations

from ..errors import Problem, warning
from ..model import Document, Role
from .titles import ANCHOR


def listed_ministers(document: Document, country: str | None) -> tuple[tuple[tuple[str, Role], ...], tuple[Problem, ...]]:
    """A press release's front matter may name its ministers and their portfolios, in step:
    `ministers: [John Key]`, `portfolios: [Prime Minister]`. They are ministers of the site's
    home country (a government's releases are its own ministers')."""
    names, portfolios = document.meta.get("ministers"), document.meta.get("portfolios", [])
    if names is None:
        return (), ()
    names = [names] if isinstance(names, str) else names
    portfolios = [portfolios] if isinstance(portfolios, str) else portfolios
    for key, value in (("ministers", names), ("portfolios", portfolios)):
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            problem = warning(document.source, f"front matter '{key}' should be a list, one entry per minister; ignored",
                              document.meta_lines.get(key))
            return (), (problem,)
    # Portfolios go with ministers one to one; otherwise which is whose cannot be told.
    titles = [portfolio_title(p) for p in portfolios] if len(portfolios) == len(names) else ["Minister"] * len(names)
    return tuple((" ".join(n.split()), Role(t, country)) for n, t in zip(names, titles)), ()


def portfolio_title(portfolio: str) -> str:
    """'Defence' -> 'Minister of Defence'; 'Prime Minister' and 'Attorney-General' stay."""
    portfolio = " ".join(portfolio.split())
    if ANCHOR.search(portfolio):
        return portfolio
    if portfolio.lower().startswith("associate "):
        return f"Associate Minister of {portfolio[10:]}"
    return f"Minister of {portfolio}"
