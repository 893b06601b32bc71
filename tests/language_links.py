"""Checks shared by the tests of the language switcher, canonical and hreflang links on
every kind of page (see `home.language_links`)."""

from django.conf import settings

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# The readers the switcher is checked for: right to left (Arabic, Urdu) and left to right.
READERS = ["ar", "ur", "pl"]


def head(html):
    return html.split("</head>")[0]


def switcher(html):
    return html.split('class="involve-language-switcher"')[1].split("</nav>")[0]


def in_html(url):
    """An address as it appears in an attribute (`&` escaped)."""
    return url.replace("&", "&amp;")


def assert_switcher_keeps_place(client, place):
    """From `place` (an address after the language prefix, with its query) in each reader's
    language, every other language's link goes to the same place in that language."""
    for reader in READERS:
        response = client.get(f"/{reader}/{place}")
        assert response.status_code < 500, (reader, place, response.status_code)
        assert response.status_code not in (301, 302), (reader, place, response["Location"])
        links = switcher(response.content.decode())
        for code in LANGUAGE_CODES:
            if code != reader:
                assert f'href="{in_html(f"/{code}/{place}")}" lang="{code}"' in links, (
                    reader,
                    code,
                    links,
                )


def assert_private(html, secret):
    """A page for one person only: not indexed, no address repeating its secret to search
    engines; the switcher keeps it, so the reader stays on their page."""
    assert '<meta name="robots" content="noindex">' in head(html)
    assert 'rel="canonical"' not in head(html)
    assert "hreflang=" not in head(html)
    assert secret not in head(html)
    assert secret in switcher(html)
