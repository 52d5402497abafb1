"""A currency name several countries share takes the currency of the countries the article names."""
from __future__ import annotations

import datetime as dt

from reconcile.extract import extract_claim_facts
from reconcile.pipeline import apply_currency_context
from reconcile.types import Claim, Context


def _claim(cid, doc, text, lang):
    return extract_claim_facts(Claim(cid, doc, 0, len(text), text, lang), Context(lang, dt.date(2019, 3, 4)))


def _money(claims):
    return {(c.doc_id, f.text): f.value.currency for c in claims for f in c.facts if f.type == "money"}


def test_rupee_in_an_article_about_indonesia_is_the_rupiah():
    claims = [_claim("c1", "a", "Le gouvernement de l'Indonésie versera 10 millions de roupies par famille.", "fr"),
              _claim("c2", "b", "India will pay 3,000 rupees to each farmer in Delhi.", "en")]
    assert _money(apply_currency_context(claims)) == {("a", "10 millions de roupies"): "IDR",
                                                      ("b", "3,000 rupees"): "INR"}


def test_an_article_naming_no_country_keeps_the_language_default_unless_others_do():
    alone = [_claim("c1", "a", "Il a reçu 500 roupies.", "fr")]
    assert _money(apply_currency_context(alone)) == {("a", "500 roupies"): "INR"}
    with_other = alone + [_claim("c2", "b", "Pakistan raised fuel prices on Monday.", "en")]
    assert _money(apply_currency_context(with_other))[("a", "500 roupies")] == "PKR"
