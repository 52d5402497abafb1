"""English news-page boilerplate, as data.

English web furniture ("READ MORE", "Share this", "Subscribe") also turns up on pages in other
languages, so ``reconcile.clean`` applies these patterns to every document besides the
document's own language.

``LINE_PATTERNS``: ``(rule, regex)``; the regex must match the WHOLE stripped line (``fullmatch``)
for the line to be dropped. ``TAIL_PATTERNS``: ``(rule, regex)``; searched in a line, only the
match is dropped (e.g. a trailing credit after the last sentence). ``CORPUS``: lines that must be
dropped entirely; ``NEGATIVE_CORPUS``: real news lines that must be kept (checked by
``tests/test_clean.py``). ``DATELINE_PATTERNS``: whole-sentence regexes of publication lines
("Published on 3 March 2023, 10:12"); such a line dates the document but is not a claim
(``reconcile.claims.is_dateline``), with ``DATELINE_CORPUS`` / ``DATELINE_NEGATIVE_CORPUS``.

Furniture of one outlet rather than of a language ("Verified Writer" boxes, a news agency's
desk codes) is in ``reconcile/sites/``, applied to every document after the language rules.
"""
from __future__ import annotations

LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("read_more", r"(?i)(?:read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?)\b\s*[:>»|\-–—]?.*"),
    ("related", r"(?i)(?:related|latest|more|top|popular|trending|recent)\s+(?:news|stories|articles|posts|videos|headlines)\b\s*:?\s*\S{0,40}"),
    ("related", r"(?i)(?:you\s+(?:might|may)\s+also\s+like|most\s+(?:read|viewed|popular)|editor'?s\s+picks?|don'?t\s+miss)[^.!?]{0,40}"),
    ("related", r"(?i)recommended(?:\s+(?:to|for)\s+you|\s+(?:stories|articles|reading|videos))?\s*:?"),
    ("related", r"(?i)related(?:\s+(?:content|coverage|topics|links))?\s*:?"),
    ("share", r"(?i)(?:share\s+(?:this|on)\b.{0,40}|share|tweet|email|print|comments?|copy\s+link|follow\s+us\b.{0,60})"),
    ("newsletter", r"(?i)(?:subscribe|sign\s+up|newsletter|get\s+(?:our|the)\s+\w+\s+newsletter)\b.{0,100}"),
    ("byline", r"(?i:by)\s+[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and|&|de|van|al|bin)){0,5}(?:\s*[,|\-–—/]\s*[A-Z][\w&'’\-]*(?:\s+[\w&'’\-]+){0,3})?"),
    ("byline", r"(?i)(?:editor|edited\s+by|reporter|reporting\s+by|written\s+by|author|writer|photographer|photo)\s*:\s*.{1,80}"),
    ("byline", r"(?i)(?:(?:additional\s+)?reporting|writing|editing)\s+by\s+[^.!?]{1,120}"),
    ("banner", r"(?i)(?:breaking(?:\s+news)?|urgent|live|developing(?:\s+story)?|exclusive|update[sd]?|advertisement|sponsored|ad)\s*:?"),
    ("tags", r"(?i)(?:tags?|topics?|filed\s+under|categories|category)\s*:.{0,200}"),
    ("breadcrumb", r"(?i)home\s*(?:[>»/|›]\s*[\w ’'&\-]{1,30}){1,6}"),
    ("copyright", r"(?i)(?:©|\(c\)|copyright\s*(?:©|\d{4}))\s*.{0,120}|all\s+rights\s+reserved\.?"),
    ("caption_credit", r"(?i)(?:photo|image|picture|file\s+photo)\s*(?:credit)?\s*:\s*.{1,120}"),
    # a caption whose credit is a web address or a "(... PHOTO/Name)" credit, e.g. "Flag (site.com/user)"
    ("photo_caption", r"(?i).{0,200}?\s*\((?:(?:photo|image|foto)\s*:?\s*)?(?:[\w\-]+\.)+[a-z]{2,}(?:/[^()\s]*)?\)"),
    ("photo_caption", r".{0,200}?\s*\([^()]{0,30}\b(?:FOTO|Foto|foto|PHOTO|Photo|photo)\s*[:/][^()]{1,60}\)"),
)

TAIL_PATTERNS: tuple[tuple[str, str], ...] = ()

CORPUS: list[str] = [
    "READ MORE Former First Lady of Honduras caresses the presidency",
    "Read more: Israel strikes targets near Damascus",
    "Related news",
    "Latest news",
    "Latest Stories",
    "You might also likeRELATED",
    "You may also like",
    "Recommended to you",
    "Most Read",
    "Share this article",
    "Share on Facebook",
    "Subscribe to our daily newsletter",
    "Sign up for our newsletter",
    "By John Smith",
    "By Jane Doe, Reuters",
    "Editor: Mark Jones",
    "Reporting by Ahmed Eljechtimi; Editing by Ed Osmond",
    "BREAKING",
    "Breaking News",
    "Tags: Morocco, Israel, defence",
    "Home > News > World",
    "Home » Middle East » Morocco",
    "© 2021 Reuters. All rights reserved.",
    "Photo: Reuters/Ahmed",
    "Israeli flag (pixabay.com/edu_castro27)",
    "Joko Widodo in Jakarta (ANTARA FOTO/Reuters/Ahmad)",
]

NEGATIVE_CORPUS: list[str] = [
    "Israel and Morocco sign military cooperation agreement",
    "Second visit of an Israeli minister",
    "By Wednesday, the two ministers had signed three agreements.",
    "By the end of the year, Egypt had bought four Rafale jets for $950 million.",
    "Related talks will continue in Rabat next month, officials said.",
    "Share prices in Casablanca rose 2% after the announcement.",
    "Latest figures show trade between the two countries doubled in 2021.",
    "Subscribers to the service rose to 3 million in November.",
    "Home Secretary Priti Patel said the deal was welcome.",
    "Live fire exercises began on Tuesday near the border.",
    "The Times of Israel said the agreement was signed on Wednesday.",
    "Editors at the newspaper said the report was accurate.",
    "Egyptian Foreign Minister Sameh Shoukry also welcomed Blinken and met with senior officers of the armed forces.",
    "Update on the talks is expected on Thursday, the ministry said.",
    "Copyright disputes between the two firms were settled in 2020.",
    "By Jane Doe's count, 300 people attended the ceremony.",
]


#: A publication line ("Published on 3 March 2023, 10:12"): its date anchors the document's
#: relative dates, but it is not a claim. Whole-sentence patterns.
DATELINE_PATTERNS: tuple[str, ...] = (
    r"""(?i)(?:(?:first\s+)?published|(?:last\s+)?updated|posted)(?:\s+(?:on|at))?\s*:?\s*[^.!?]{0,15}\d[^.!?]{0,50}""",
)

DATELINE_CORPUS: list[str] = ['Published on 3 March 2023, 10:12 GMT', 'Updated: March 4, 2023 5:00 PM', 'Last updated 12/05/2022 08:30']

DATELINE_NEGATIVE_CORPUS: list[str] = ['Published figures show 20 people died.', 'Updated figures from 3 March put the toll at 40.']
