"""Find English words in the admin's visible text and accessible labels.

Vietnamese is written with diacritics, and even its unaccented syllables have a fixed shape
(initial consonant, vowel cluster, final consonant): "page", "block", "None", "Root",
"minutes" cannot be Vietnamese syllables, "trang", "tin", "xem" can. A word written only with
ASCII letters is reported when it cannot be a Vietnamese syllable or is a common English
word that happens to look like one ("the", "by", "it"), unless it is on ``ALLOW``.
"""

import re

_INITIAL = r"(?:ngh|ng|gh|ch|gi|kh|nh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_VOWELS = (
    r"(?:oai|oay|uay|uoi|uou|uya|uye|yeu|ieu|oeo|uyu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|"
    r"ua|ue|ui|uo|uy|ye|a|e|i|o|u|y)"
)
_FINAL = r"(?:ch|ng|nh|[cmnpt])?"
VIETNAMESE_SYLLABLE = re.compile(rf"^{_INITIAL}{_VOWELS}{_FINAL}$")
# English words shaped like unaccented Vietnamese syllables, flagged anyway.
ENGLISH_LOOKALIKES = {"the", "by", "it", "at", "be", "no"}
# Vietnamese written without its marks, on purpose or in identifiers ("Cong doan").
# Proper nouns and technical terms Vietnamese uses as they are.
ALLOW = {
    "wagtail",
    "graphql",
    "api",
    "url",
    "urls",
    "html",
    "pdf",
    "seo",
    "email",
    "youtube",
    "facebook",
    "google",
    "zalo",
    "csv",
    "json",
    "xlsx",
    "docx",
    "excel",
    "jpeg",
    "png",
    "webp",
    "gif",
    "svg",
    "id",
    "ok",
    "slug",
    "menu",
    "logo",
    "video",
    "web",
    "online",
    "website",
    "tag",
    "tags",
    "draftail",
    "unicode",
    "utc",
    "gmt",
    "ict",
    "hcm",
    "vn",
    "pixel",
    "px",
    "ip",
    "https",
    "http",
    "www",
    "rss",
    "sitemap",
    "alt",
    "emoji",
    "iframe",
    "mb",
    "kb",
    "gb",
    "admin",
    "cms",
    "qr",
    "sms",
    "bmp",
    "heic",
    "avif",
    "ico",
    "tiff",
    "ascii",
    "hh",
    "mm",
    "dd",
    "yyyy",
    "am",
    "pm",
    "mailto",
    "tel",
    "txt",
    "vimeo",
    "tiktok",
    "dailymotion",
    "instagram",
    "twitter",
    "flickr",
    "soundcloud",
    "spotify",
    "slideshare",
    "issuu",
}
# E-mail addresses, URLs, host names and file names ("van-ban_frM2xbv.txt": storage adds a
# random suffix when the name is taken) are data, not interface text.
_EMAIL_OR_URL = re.compile(
    r"\S+@\S+|https?://\S+|\b[\w.-]+\.(?:test|vn|com|org)\b"
    r"|\b[\w-]+\.(?:txt|pdf|docx?|xlsx?|png|jpe?g|gif|webp|svg|csv|zip)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+")


def english_words(text: str) -> list[str]:
    """The English words of ``text`` (as written), in order, duplicates kept."""
    found = []
    for word in _WORD.findall(_EMAIL_OR_URL.sub(" ", text)):
        lower = word.lower()
        if not word.isascii() or len(word) < 2 or lower in ALLOW:
            continue
        if word.isupper() and len(word) <= 4:
            continue  # abbreviations: KH, CĐN, UBND
        if lower in ENGLISH_LOOKALIKES or not VIETNAMESE_SYLLABLE.match(lower):
            found.append(word)
    return found


# Collected on a page: document title, visible text, and every accessible label, title,
# placeholder and alt text (also on elements not shown yet: menus, dropdowns, tooltips).
COLLECT_JS = """
() => {
  const texts = [['<title>', document.title], ['text', document.body.innerText]];
  const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description',
                 'data-w-tooltip-content-value', 'aria-roledescription'];
  for (const el of document.querySelectorAll(attrs.map(a => `[${a}]`).join(','))) {
    if (el.closest('script, style, template, svg symbol')) continue;
    for (const attr of attrs) {
      const value = el.getAttribute(attr);
      if (value) texts.push([`${el.tagName.toLowerCase()}[${attr}]`, value]);
    }
  }
  return texts;
}
"""


def collect_english(page, screen: str) -> list[tuple[str, str, str, str]]:
    """(screen, where, word, context) for each English word on ``page`` now."""
    found = []
    for where, text in page.evaluate(COLLECT_JS):
        for word in english_words(text):
            at = text.find(word)
            context = text[max(0, at - 50) : at + 50].replace("\n", " / ")
            found.append((screen, where, word, context))
    return found
