"""The words that label a picture's credit in a caption («المصدر: رويترز», «Photo: AP»).

Shared by the HTML importer (``html_figures``) and the scraped-text importer
(``scraped_text``), and kept in a module of its own so that importing a text file does not
load the HTML parser. A regex alternation, to be followed by a colon where it is used.
"""

from __future__ import annotations

CREDIT_WORDS = (
    r"المصدر|مصدر الصورة|تصوير|الصورة|صورة|حقوق الصورة|"
    r"Photo(?:graph)?(?: credit)?|Image(?: credit)?|Credit|Source|Picture|Courtesy(?: of)?"
)
