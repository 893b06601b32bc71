"""Urdu and Arabic read right to left: measured in the browser, each layout fault NHS.UK's
physical left and right would cause (static/css/involve.css restates them as logical
properties), and the language and direction of each part of an untranslated page (an alias:
English words under /ur/ or /ar/, tagged by home/templatetags/language_tags.py)."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

RTL = ["ur", "ar"]
OPPORTUNITY = "/{lang}/get-involved/triangle-of-care-ward-review/"

# The box of an element's own text (its first text node with letters in), not of its box.
TEXT_BOX = """element => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    if (node.textContent.trim()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      return {left: box.left, right: box.right, top: box.top, bottom: box.bottom};
    }
  }
  return null;
}"""


def open_page(live_site, new_page, path, width=1280):
    page = new_page(width)
    response = page.goto(live_site + path)
    assert response.status == 200
    return page


def box(locator):
    found = locator.bounding_box()
    assert found, f"{locator} is not shown"
    return found


@pytest.mark.parametrize("lang", RTL)
def test_alias_page_tags_only_the_editors_words_as_english(live_site, new_page, lang):
    page = open_page(live_site, new_page, OPPORTUNITY.format(lang=lang))
    # The editor's words: English, left to right.
    for selector in ["main h1", "main .nhsuk-lede-text"]:
        assert page.get_attribute(selector, "lang") == "en-gb", selector
        assert page.get_attribute(selector, "dir") == "ltr", selector
    # The interface around them (labels, the date, the form) is the reader's language.
    in_reader_language = page.evaluate(
        """() => [...document.querySelectorAll(
              'main .nhsuk-summary-list__key, main form label, main form button, main h2')]
            .filter(element => element.closest('[lang]').lang !== document.documentElement.lang)
            .map(element => element.textContent.trim())"""
    )
    assert in_reader_language == []
    # The notice names the reader's language in an isolate.
    expect(page.locator("main .nhsuk-inset-text bdi").first).to_have_count(1)


@pytest.mark.parametrize("lang", RTL)
def test_inserted_values_are_isolated(live_site, new_page, lang):
    """Dates, numbers and names keep their own direction, so the punctuation of the sentence
    around them stays on the side it belongs ("10:00 ,2026 ديسمبر 11 الجمعة to 12:30")."""
    page = open_page(live_site, new_page, OPPORTUNITY.format(lang=lang))
    isolated = page.evaluate(
        """() => [...document.querySelectorAll('main .nhsuk-summary-list__value bdi')]
            .map(element => getComputedStyle(element).unicodeBidi)"""
    )
    assert isolated and set(isolated) == {"isolate"}
    # The notice's language name.
    assert page.locator("main .nhsuk-inset-text bdi").evaluate(
        "element => getComputedStyle(element).unicodeBidi"
    ) in {"isolate", "plaintext"}
    # Phone and email: left to right, isolated, after the label (to its left).
    for href in ["tel:", "mailto:"]:
        link = page.locator(f"footer a[href^='{href}']")
        style = link.evaluate(
            "e => [getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi]"
        )
        assert style == ["ltr", "isolate"], href
        label = link.locator("xpath=..").evaluate(TEXT_BOX)
        assert box(link)["x"] + box(link)["width"] <= label["left"] + 1, href
    # © first (at the right), then the year, then the organisation's name.
    footer = page.locator(".nhsuk-footer__meta p")
    year, name = footer.locator("bdi").all()
    copyright_sign = footer.evaluate(TEXT_BOX)
    assert copyright_sign["left"] >= box(year)["x"] + box(year)["width"] - 1
    assert box(year)["x"] >= box(name)["x"] + box(name)["width"] - 1
    assert name.get_attribute("lang") == "en-gb"
    # The <title>: page title and organisation name between Unicode isolates.
    assert page.title().startswith("\u2068") and page.title().endswith("\u2069")


@pytest.mark.parametrize("lang", RTL)
def test_alias_content_column_starts_at_the_right(live_site, new_page, lang):
    page = open_page(live_site, new_page, OPPORTUNITY.format(lang=lang))
    row = box(page.locator("main .nhsuk-grid-row").first)
    column = box(page.locator("main .nhsuk-grid-column-two-thirds").first)
    assert abs((row["x"] + row["width"]) - (column["x"] + column["width"])) <= 1
    assert column["width"] < row["width"] * 0.7


@pytest.mark.parametrize("lang", RTL)
def test_lists_inside_an_english_block_gain_no_indent(live_site, new_page, lang):
    page = open_page(live_site, new_page, OPPORTUNITY.format(lang=lang))
    page.click("form.involve-registration-form button[type=submit]")
    expect(page.locator(".nhsuk-error-summary").first).to_be_visible()
    paddings = page.evaluate(
        """() => {
          const padding = element => {
            const style = getComputedStyle(element);
            return [parseFloat(style.paddingLeft), parseFloat(style.paddingRight)];
          };
          const english = [...document.querySelectorAll('main [dir=ltr] ul:not([class])')];
          return {
            summary: padding(document.querySelector('.nhsuk-error-summary__list')),
            english: english.map(padding),
          };
        }"""
    )
    assert paddings["summary"] == [0, 0]
    # A bulleted list in the English text indents at its left (its start) only.
    assert paddings["english"] and all(pad == [20, 0] for pad in paddings["english"])


@pytest.mark.parametrize("lang", RTL)
def test_tick_icons_stand_clear_of_their_text(live_site, new_page, lang):
    page = open_page(live_site, new_page, OPPORTUNITY.format(lang=lang))
    items = page.locator("main .nhsuk-list--tick li").all()
    assert items
    for item in items:
        icon = box(item.locator(".nhsuk-icon"))
        text = item.evaluate(TEXT_BOX)
        # The icon at the start of the line (the right), 8px or more from the words.
        assert icon["x"] - text["right"] >= 8


@pytest.mark.parametrize("lang", RTL)
def test_ladder_bar_is_beside_its_words(live_site, new_page, lang):
    page = open_page(live_site, new_page, OPPORTUNITY.format(lang=lang))
    step = page.locator("main .involve-ladder__step--current")
    widths = step.evaluate(
        "e => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]"
    )
    assert widths == ["4px", "0px"]
    bar_left = box(step)["x"] + box(step)["width"] - 4
    words = step.evaluate(TEXT_BOX)
    assert bar_left - words["right"] <= 16


@pytest.mark.parametrize("lang", RTL)
def test_action_link_arrow_is_mirrored(live_site, new_page, lang):
    page = open_page(live_site, new_page, f"/{lang}/")
    link = page.locator("main .nhsuk-action-link")
    icon, text = box(link.locator(".nhsuk-icon")), box(link.locator(".nhsuk-action-link__text"))
    # Before its words in reading order (at their right), pointing left, towards them and
    # along the line (its inline end): NHS.UK's arrow mirrored.
    assert icon["x"] >= text["x"] + text["width"] - 1
    matrix = link.locator(".nhsuk-icon").evaluate("e => getComputedStyle(e).transform")
    assert matrix.startswith("matrix(-1,")


@pytest.mark.parametrize("lang", RTL)
def test_home_figures_read_right_to_left(live_site, new_page, lang):
    page = open_page(live_site, new_page, f"/{lang}/")
    lefts = [box(item)["x"] for item in page.locator(".involve-how-far__list li").all()]
    assert len(lefts) == 3 and lefts == sorted(lefts, reverse=True)


@pytest.mark.parametrize("lang", RTL)
def test_pagination_previous_at_the_right(live_site, new_page, lang):
    page = open_page(live_site, new_page, f"/{lang}/get-involved/?page=2")
    previous = box(page.locator(".nhsuk-pagination-item--previous"))
    following = box(page.locator(".nhsuk-pagination-item--next"))
    assert following["x"] + following["width"] <= previous["x"] + 1


@pytest.mark.parametrize("lang", RTL)
def test_search_box_corners_are_mirrored(live_site, new_page, lang):
    page = open_page(live_site, new_page, f"/{lang}/")
    radius = """e => {
      const style = getComputedStyle(e);
      return [style.borderTopLeftRadius, style.borderTopRightRadius,
              style.borderBottomRightRadius, style.borderBottomLeftRadius];
    }"""
    # In English the field is rounded on the left and the button on the right.
    assert page.locator("#search-field").evaluate(radius) == ["0px", "4px", "4px", "0px"]
    assert page.locator(".nhsuk-header__search-submit").evaluate(radius) == [
        "4px",
        "0px",
        "0px",
        "4px",
    ]
    field, button = (
        box(page.locator("#search-field")),
        box(page.locator(".nhsuk-header__search-submit")),
    )
    assert button["x"] + button["width"] <= field["x"] + 1


@pytest.mark.parametrize("lang", RTL)
def test_skip_link_appears_at_the_right(live_site, new_page, lang):
    page = open_page(live_site, new_page, f"/{lang}/")
    page.keyboard.press("Tab")
    skip = page.locator(".nhsuk-skip-link")
    expect(skip).to_be_focused()
    found = box(skip)
    assert found["x"] > 1280 / 2
    assert 1280 - (found["x"] + found["width"]) <= 32


@pytest.mark.parametrize("lang", RTL)
def test_form_errors_and_radio_marks_sit_at_the_right(live_site, new_page, lang):
    page = open_page(live_site, new_page, f"/{lang}/join/")
    page.click("main form button[type=submit]")
    expect(page.locator(".nhsuk-error-summary").first).to_be_visible()
    group = page.locator(".nhsuk-form-group--error").first
    widths = group.evaluate(
        "e => [getComputedStyle(e).borderRightWidth, getComputedStyle(e).borderLeftWidth]"
    )
    assert widths == ["4px", "0px"]
    # Each radio's circle is drawn over its input, at the start of the line (the right).
    for item in page.locator("main .nhsuk-radios__item").all():
        field = box(item.locator("input"))
        circle = item.locator("label").evaluate(
            """label => {
              const style = getComputedStyle(label, '::before');
              const item = label.parentElement.getBoundingClientRect();
              return {right: item.right - parseFloat(style.right), width: parseFloat(style.width)};
            }"""
        )
        assert abs(circle["right"] - (field["x"] + field["width"])) <= 4


CHART_TEXTS = """svg => {
  const width = svg.viewBox.baseVal.width;
  const texts = [...svg.querySelectorAll('text')].map(text => {
    const box = text.getBBox();
    return {left: box.x, right: box.x + box.width, y: text.getAttribute('y')};
  });
  return {width, texts};
}"""


@pytest.mark.parametrize("lang", ["en-gb", *RTL])
def test_chart_labels_and_values_stay_inside_and_apart(live_site, new_page, lang):
    """Each bar's label keeps to its side of the chart and its value to the other, inside
    the chart, whichever way the page reads (a value once sat on top of its label)."""
    page = open_page(live_site, new_page, f"/{lang}/what-you-told-us/")
    found = page.locator("svg.involve-chart").first.evaluate(CHART_TEXTS)
    texts = found["texts"]
    assert texts
    for label, value in zip(texts[::2], texts[1::2], strict=True):
        assert label["y"] == value["y"]
        assert 0 <= label["left"] and label["right"] <= found["width"]
        assert 0 <= value["left"] and value["right"] <= found["width"]
        if lang in RTL:
            assert value["right"] <= label["left"]
        else:
            assert label["right"] <= value["left"]
