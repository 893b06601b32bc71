"""Safeguarding in every language of the site: a suggestion sent from each language's pages,
as a person might type it there, is flagged as crisis, told to the safeguarding contact (in an
email that says which language it came in and which words flagged it) and answered with
crisis support in the visitor's language; a complaint in each language reads as one; an
ordinary suggestion in each language is not flagged."""

import uuid

import polib
import pytest
from django.core import mail
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale

from forums.ideas.models import IdeaSettings, Suggestion
from forums.taxonomy import IDEA_SERVICES, service_for
from home.translation import synchronise_language_trees

pytestmark = pytest.mark.django_db

# (language, what a person might type: crisis, complaint, an ordinary suggestion)
MESSAGES = {
    "en-gb": (
        "Since I left the ward I have had thoughts of ending my life and nobody has called.",
        "The receptionist was rude to my dad and I want to make a complaint.",
        "Please issue leaflets in more languages and keep a quiet room for visitors.",
    ),
    "pl": (
        "Od wyjścia ze szpitala mam myśli samobójcze i nikt do mnie nie zadzwonił.",
        "Pielęgniarka była bardzo niegrzeczna dla mojej mamy. Chcę złożyć skargę.",
        "Proszę pozwolić rodzinom odwiedzać chorych w weekendy. Ciągle się martwię o tatę.",
    ),
    "ro": (
        "De când am ieșit din spital mă gândesc la sinucidere în fiecare noapte.",
        "Doctorul a fost nepoliticos și m-a tratat urât. Vreau să fac o plângere.",
        "Ar fi bine să fie o reclamă cu orele de vizită la intrare și mai multe bănci.",
    ),
    "pa": (
        "ਵਾਰਡ ਤੋਂ ਘਰ ਆਉਣ ਤੋਂ ਬਾਅਦ ਮੇਰੇ ਮਨ ਵਿੱਚ ਖੁਦਕੁਸ਼ੀ ਦੇ ਖਿਆਲ ਆਉਂਦੇ ਹਨ। ਮੈਂ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ।",
        "ਰਿਸੈਪਸ਼ਨ ਵਾਲਿਆਂ ਨੇ ਮੇਰੀ ਮਾਂ ਨਾਲ ਬਹੁਤ ਮਾੜਾ ਸਲੂਕ ਕੀਤਾ। ਮੈਂ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਚਾਹੁੰਦੀ ਹਾਂ।",
        "ਕਿਰਪਾ ਕਰਕੇ ਵਾਰਡ ਵਿੱਚ ਪੰਜਾਬੀ ਵਿੱਚ ਜਾਣਕਾਰੀ ਦਿਓ ਅਤੇ ਮਿਲਣ ਦਾ ਸਮਾਂ ਵਧਾਓ।",
    ),
    "ur": (
        "وارڈ سے گھر آنے کے بعد سے مجھے اپنی زندگی ختم کرنے کے خیالات آتے ہیں۔",
        "استقبالیہ پر عملے نے میرے والد کے ساتھ بہت بدتمیزی کی۔ میں شکایت کرنا چاہتا ہوں۔",
        "وارڈ میں اردو میں معلومات ہونی چاہئیں اور ملاقات کا وقت لمبا ہونا چاہیے۔",
    ),
    "pt": (
        "Desde que saí do internamento tenho pensado em acabar com a minha vida.",
        "A rececionista foi muito mal-educada com a minha mãe. Quero fazer uma reclamação.",
        "Seria bom ter mais cadeiras na sala de espera e informação em português.",
    ),
    "ar": (
        "منذ خروجي من المستشفى تراودني أفكار الانتحار ولا أحد يتصل بي.",
        "الموظف في الاستقبال كان وقحاً جداً مع والدتي وأريد تقديم شكوى.",
        "لازم نتحرك لتحسين مواعيد الزيارة، ونريد معلومات باللغة العربية في الجناح.",
    ),
    "bn": (
        "ওয়ার্ড থেকে বাড়ি আসার পর থেকে আমার মাথায় আত্মহত্যার চিন্তা আসে।",
        "রিসেপশনের লোকটা আমার মায়ের সাথে খুব খারাপ ব্যবহার করেছে। আমি অভিযোগ করতে চাই।",
        "ওয়ার্ডে বাংলায় তথ্য দিলে ভালো হয়, আর দেখা করার সময় একটু বাড়ানো হোক।",
    ),
}
LANGUAGE_NAMES = {
    "en-gb": "British English",
    "pl": "Polish",
    "ro": "Romanian",
    "pa": "Punjabi",
    "ur": "Urdu",
    "pt": "Portuguese",
    "ar": "Arabic",
    "bn": "Bengali",
}
CRISIS_SUPPORT = [
    "If you need help now",
    "Call NHS 111 and choose option 2 for mental health help. It is free, day and night.",
    "Call Samaritans free on 116 123. They listen, day and night.",
]


@pytest.fixture(autouse=True)
def idea_services(db):
    return {value: service_for(value) for value in IDEA_SERVICES}


@pytest.fixture
def idea_settings(site):
    return IdeaSettings.objects.create(
        site=site,
        safeguarding_contact="Safeguarding lead on duty",
        safeguarding_email="safeguarding@example.org",
    )


@pytest.fixture
def pages_in(idea_index):
    """The idea index as each language's visitors reach it (/ur/ideas/...)."""
    synchronise_language_trees()

    def page(language):
        return idea_index.get_translation(Locale.objects.get(language_code=language))

    return page


@pytest.fixture
def catalogue(tmp_path, settings):
    """A compiled catalogue for one language, ahead of the project's own: the real ones are
    compiled at install (and do not yet hold these strings). Each entry reads
    "[language] msgid", so a page shows which language's gettext it went through."""

    def install(language, msgids):
        po = polib.POFile()
        po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
        for msgid in msgids:
            po.append(polib.POEntry(msgid=msgid, msgstr=f"[{language}] {msgid}"))
        folder = tmp_path / translation.to_locale(language) / "LC_MESSAGES"
        folder.mkdir(parents=True)
        po.save_as_mofile(str(folder / "django.mo"))
        return override_settings(LOCALE_PATHS=[tmp_path, *settings.LOCALE_PATHS])

    return install


def suggest(client, send, page, what):
    data = {
        "title": what[:40],
        "what": what,
        "service": "wards",
        "email": "",
        "submission_key": str(uuid.uuid4()),
    }
    return send(client.post, page.url + "suggest/", data)


@pytest.mark.parametrize("language", MESSAGES)
def test_crisis_in_each_language_is_told_and_answered(
    client, send, pages_in, idea_settings, catalogue, language
):
    message = MESSAGES[language][0]
    with catalogue(language, CRISIS_SUPPORT):
        response = suggest(client, send, pages_in(language), message)
        thanks = client.get(response.url).content.decode()
    suggestion = Suggestion.objects.get()
    assert suggestion.crisis_flag and suggestion.language == language
    assert suggestion.safeguarding_told_at is not None
    assert [sent.to for sent in mail.outbox] == [["safeguarding@example.org"]]
    body = mail.outbox[0].body
    assert message in body
    assert f"Sent from the site in: {LANGUAGE_NAMES[language]} ({language})" in body
    assert "Words that flagged it: " in body
    # The crisis support, through gettext, in the visitor's language.
    for msgid in CRISIS_SUPPORT:
        assert f"[{language}] {msgid}" in thanks


@pytest.mark.parametrize("language", MESSAGES)
def test_a_complaint_in_each_language_reads_as_one(client, send, pages_in, language):
    suggest(client, send, pages_in(language), MESSAGES[language][1])
    suggestion = Suggestion.objects.get()
    assert suggestion.complaint_flag and not suggestion.crisis_flag
    assert not mail.outbox


@pytest.mark.parametrize("language", MESSAGES)
def test_an_ordinary_suggestion_in_each_language_is_not_flagged(
    client, send, pages_in, idea_settings, language
):
    response = suggest(client, send, pages_in(language), MESSAGES[language][2])
    suggestion = Suggestion.objects.get()
    assert not suggestion.crisis_flag and not suggestion.complaint_flag
    assert not mail.outbox
    assert "116 123" not in client.get(response.url).content.decode()


def test_english_on_a_polish_page_is_still_caught(client, send, pages_in, idea_settings):
    suggest(client, send, pages_in("pl"), "Sorry for my English. I want to die.")
    assert Suggestion.objects.get().crisis_flag and mail.outbox


def test_crisis_support_on_the_urdu_page_is_in_urdu(
    client, send, pages_in, idea_settings, tmp_path, settings
):
    """The care card on /ur/ is the Urdu catalogue's text, as a compiled catalogue gives it."""
    urdu = {
        "If you need help now": "اگر آپ کو ابھی مدد چاہیے",
        CRISIS_SUPPORT[2]: "سماریٹنز کو 116 123 پر مفت کال کریں۔ وہ دن رات سنتے ہیں۔",
    }
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr in urdu.items():
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    (tmp_path / "ur" / "LC_MESSAGES").mkdir(parents=True)
    po.save_as_mofile(str(tmp_path / "ur" / "LC_MESSAGES" / "django.mo"))
    with override_settings(LOCALE_PATHS=[tmp_path, *settings.LOCALE_PATHS]):
        response = suggest(client, send, pages_in("ur"), MESSAGES["ur"][0])
        assert response.url.startswith("/ur/")
        thanks = client.get(response.url).content.decode()
    assert '<html lang="ur" dir="rtl">' in thanks
    for msgstr in urdu.values():
        assert msgstr in thanks
    assert CRISIS_SUPPORT[2] not in thanks
