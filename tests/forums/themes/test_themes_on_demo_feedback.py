"""Themes computed on the demo's quarter of feedback (72 messages in eight languages): what
people said about one thing lands in one theme whatever language they wrote in, and
unrelated things stay apart."""

import pytest

from forums.feedback import demo as feedback_demo
from forums.feedback.models import ServiceFeedback
from forums.themes import services
from forums.themes.models import ThemeMembership


def theme_of(start):
    """The theme of the one demo message that starts with `start`."""
    feedback = ServiceFeedback.objects.get(experience__startswith=start)
    return ThemeMembership.objects.get(item_key=f"feedback:{feedback.pk}").theme_id


@pytest.fixture
def demo_feedback(home_page):
    feedback_demo.build(home_page, [])
    services.compute_themes()


LETTERS_IN_ENGLISH_ONLY = [
    "سارے خط صرف انگریزی",  # Urdu
    "Listy ze szpitala są tylko po angielsku",  # Polish
    "ਸਾਰੀਆਂ ਚਿੱਠੀਆਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ",  # Punjabi
    "كل الرسائل تصلني باللغة الإنجليزية",  # Arabic
]
# "A long wait" (messages about not being told how long form a theme of their own).
WAITING_FOR_A_FIRST_APPOINTMENT = [
    "Three months to get a first appointment is too long.",
    "انتظرت أربعة أشهر لأول موعد",  # Arabic
    "ਪਹਿਲੀ ਮੁਲਾਕਾਤ ਲਈ ਮੈਂ ਪੰਜ ਮਹੀਨੇ",  # Punjabi
    "Am așteptat cinci luni",  # Romanian
    "پہلی ملاقات کا انتظار بہت لمبا",  # Urdu
]
WARD_FOOD = [
    "The food on the ward was cold and the same every day",
    "الطعام في الجناح لم يكن حلالا",  # Arabic
    "ওয়ার্ডের খাবার ঠান্ডা ছিল",  # Bengali
]
WI_FI_ON_THE_WARD = [
    "There is no Wi-Fi on the ward",
    "Na oddziale nie ma Wi-Fi",  # Polish
]


SUBJECTS = {
    "letters only in English": LETTERS_IN_ENGLISH_ONLY,
    "waiting": WAITING_FOR_A_FIRST_APPOINTMENT,
    "ward food": WARD_FOOD,
    "wi-fi": WI_FI_ON_THE_WARD,
}


def test_one_subject_in_several_languages_is_one_theme_and_others_are_apart(demo_feedback):
    # One test, as the themes take a few seconds to compute.
    themes = {}
    for subject, messages in SUBJECTS.items():
        found = {theme_of(start) for start in messages}
        assert len(found) == 1, f"{subject} is spread over {len(found)} themes"
        themes[subject] = found.pop()
    assert len(set(themes.values())) == len(SUBJECTS), themes
